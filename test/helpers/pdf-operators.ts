/** Records every operator pdfkit writes to a document's pages (its addContent), in order, for tests that compare two ways of setting text. */
export function recordOperators(doc: object): string[] {
  const operators: string[] = [];
  const internals = doc as { addContent(data: string): unknown };
  const addContent = internals.addContent.bind(doc);
  internals.addContent = (data: string) => {
    operators.push(data);
    return addContent(data);
  };
  return operators;
}
