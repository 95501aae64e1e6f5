// fontkit ships no types; the tests use it only to compare shaping with src/render/pdf/shaper.ts.
declare module 'fontkit' {
  export function create(data: Uint8Array): unknown;
}
