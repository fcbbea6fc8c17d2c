/**
 * Capitalised words that are never taken as part of a person's name, although some appear in the
 * name lists (`June`, `Paris`, `Apple`, `Kafka`, `Street`): months and weekdays, words that start
 * sentences or label things in logs and interfaces, places, and the products, vendors and
 * technologies that agent transcripts and support tickets mention. Lower case, ASCII-folded
 * (Turkish `bayramı`, holiday, keeps its dotless ı, which has no decomposition: `Cumhuriyet Bayramı`);
 * public offices of the EU's tax and registry records (`Finanzamt Köln-Altstadt`, red-team round 22); dishes of a menu, whose items' titles
 * pair them with a given name or a surname (`Harvest Bowl`, `Caesar Salad`: red-team round 41); the
 * doors and entrances of access-control events (`Loading Dock Door`, red-team round 48);
 * vehicle trims, travel places and shop words of trips and marketplace listings (`Camry Hybrid`,
 * `Oakland International Airport`, `Wells Fargo SF Downtown`, `Trek Marlin 7`, `Atelier Céramique`:
 * red-team round 47); what a checkout's order line sells (`Battery Power Pack`, red-team round 50);
 * dental and veterinary practices and plans (`Rainier Family Dental`, `Delta Dental PPO`: round 53);
 * loyalty tiers that are no surname (`Flying Blue Platinum`: round 55; `Gold`, `Silver` are surnames);
 * the actions and departments of EHR access audits after `Patient` (`Patient Record Viewed`,
 * `Patient Access`, `Salem Primary Care`: round 61), a privacy product, an audit id's type and an
 * agent's role (`Patient Privacy Monitoring`, `Patient Number`, `Attending Physician`: its leftovers);
 * the sign-in ways of customer-identity mails and screens (`Magic Link`, `Passkey`: red-team round 72);
 * the services and case kinds of HR case management after `Employee` (`Employee Relations Inquiry`,
 * `Employee Grievance`, `Employee Accommodation`: red-team round 74); smart-home devices and their
 * model words in voice-assistant histories (`From Google Nest Mini in Bedroom`: leftovers of round 76);
 * what an adviser's CRM files after `Client` (`Client Meeting`, `Client Review`, `Client Portal`,
 * `Client Onboarding`: red-team round 82); `App` of mobile stores' roles and screens (`escalated to App
 * Manager`, App Store Connect's role: red-team round 88); the public health programs of home care
 * exports' headers after `Client` (`Client Medicaid ID`: red-team round 87); the contact columns of a
 * 311 export's header after `Caller` and its `Unique Key` (`Caller Email`, `Caller Phone`: red-team
 * round 94); the houses of worship, retreats and chapters of church and association records and a
 * membership's status (`Hope Chapel`, `Lake Harriet Covenant Church`, `Retiro de Jóvenes`, `Greater
 * Boise`, `Grace Period`, `VBS Crew Leaders`: red-team round 98; not `Church`, `Camp`, `Parish`:
 * surnames too); the nouns of a congregation's events and campaigns that name no one
 * (`Spring Gala Fundraiser`, `Grace Potluck`, `Natal Solidário`: leftovers of round 98; not `Fair`
 * nor `Walk`: surnames too, `Mr. Fair` must stay a name); an animal's sex and the services and
 * practices of kennels and clinics (`Male Neutered`, `Overnight Boarding`; not `Yard`, a street's suffix:
 * `Clinique Vétérinaire des Brotteaux`: red-team round 99); a campaign's field events and a
 * roster's status (`Madison Lit Drop`, `Eastside Canvass Kickoff`, `GOTV Weekend`, `Confirmed`) and
 * a school after its namesake (`Lincoln Elementary`): red-team round 102; the offices after a
 * Spanish, Portuguese, French or Italian title (`Sr. Analista de turno`, `Mme la Présidente du
 * tribunal`, `Sr. Diretor Jurídico`) and a Spanish statute's words (`Ley Orgánica 3/2018`:
 * leftovers of red-team round 96); a funeral's hymn and a casket's words
 * (`Amazing Grace`, `18 Gauge Steel`: red-team round 101); a coworking space's plans and sites and
 * a visitor's contractor firm (`Day Pass Members`, `Austin Domain Campus` (`Domain` too), `Chicago - Fulton
 * Market`, `Citywide Lifts`, `Ausgrid Contractors`: red-team round 106; not `Plant`, a surname).
 *
 * Given names that are also places (`Austin`, `Jordan`, `Georgia`, `Madison`) are deliberately
 * NOT here: a place name alone is never a candidate (a name needs a known surname after it, a
 * title or a lead before it), and the states and generic place words that follow them
 * (`Texas`, `Beach`, `City`) are.
 */
const STOP_WORDS = `
january february march april may june july august september october november december
feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
today tomorrow yesterday morning afternoon evening night week weekend month year quarter
christmas easter halloween thanksgiving new years
the a an and or but if then this that these those there here what when where which who why how
please thank thanks hello hi hey dear regards best kind warm sincerely cheers greetings
bonjour bonsoir salut merci hola buenos buenas gracias saludos obrigado obrigada buongiorno buonasera ciao grazie salve hallo moin servus danke goedemorgen goedemiddag goedenavond bedankt groeten
groetjes gruße gruß grußen grusse gruss grussen freundlichen viele liebe herzliche cordiales cordialement pozdrawiam halsningar hilsen saluti atentamente cumprimentos
yes no not all any some every each many more most other another such only just also still even
my your our their his her its we you they he she it i me us them
for from with without into onto about after before during since until upon over under between
on in at by to of as via per re fw fwd subject attn cc bcc
note notes update updated status error warning info debug trace fatal critical alert notice
name names display principal changed attributes default community
str
request response reply ticket issue incident case task bug story epic sprint release version
order invoice payment refund billing account customer client user admin administrator agent
support service services team group department manager management staff member members owner
sales marketing finance legal security operations engineering product design research hr it
login logout signin sign signup password reset verify verification confirm confirmation
magic link links passkey passkeys passwordless
platform
app apps
new old open closed pending resolved done complete completed failed success successful
high low medium normal urgent priority severity level
first last next previous final main general public private internal external global local
inc corp corporation co ltd llc plc gmbh ag sa bv nv company limited holdings group partners
bank banking credit union insurance trust capital financial fund investments
university college school academy institute hospital clinic center centre health medical
street st road rd avenue ave lane ln boulevard blvd drive dr court ct place pl way terrace loop
square sq circle highway hwy parkway pkwy route suite apt unit floor building room
door doors gate gates dock docks entrance exit lobby stairwell turnstile elevator garage carpark
north south east west northern southern eastern western central upper lower
city county state province district region country town village park heights springs
palms acres estates villas towers apartments condos lofts residences commons
valley lake river bay beach port harbor harbour island islands mount mountain hill hills
fort saint san santa los las el la le de del new great little
america american americas europe european asia asian africa african australia australian
usa us uk eu un nato
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho
illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
mississippi missouri montana nebraska nevada hampshire jersey mexico york ohio
oklahoma oregon pennsylvania rhode tennessee texas utah vermont wisconsin wyoming
england scotland wales ireland britain british france french germany german spain spanish
italy italian portugal netherlands dutch belgium switzerland swiss austria sweden norway
denmark finland poland russia ukraine china chinese japan japanese korea korean india indian
canada canadian brazil argentina chile colombia peru nigeria kenya egypt israel turkey
singapore malaysia indonesia thailand vietnam philippines pakistan bangladesh
london paris berlin madrid rome milano amsterdam brussels vienna zurich geneva munich hamburg
frankfurt dublin lisbon barcelona stockholm oslo copenhagen helsinki warsaw prague budapest
tokyo beijing shanghai seoul mumbai delhi bangalore bengaluru sydney melbourne toronto
vancouver montreal chicago boston seattle denver atlanta miami angeles francisco
manhattan brooklyn silicon
english spanish latin arabic hindi mandarin
apple google alphabet microsoft amazon meta facebook instagram whatsapp twitter linkedin
youtube tiktok netflix spotify uber lyft airbnb paypal stripe square shopify salesforce
oracle ibm intel amd nvidia cisco dell hp lenovo samsung sony tesla ford toyota honda
pay wallet cloud store prime music drive docs sheets maps mail
kafka redis docker kubernetes helm terraform ansible jenkins travis circle gitlab github git
bitbucket jira confluence trello asana notion slack zoom teams outlook gmail office excel word
powerpoint sharepoint onedrive dropbox figma sketch canva zendesk intercom freshdesk hubspot
postgres postgresql mysql mongo mongodb cassandra elastic elasticsearch kibana grafana
prometheus datadog splunk sentry pagerduty opsgenie okta auth0 vault consul nomad
aws azure gcp lambda aurora dynamo dynamodb bigquery snowflake databricks spark hadoop hive
flink airflow dbt looker tableau
java javascript typescript python ruby rails go golang rust kotlin swift scala perl php node
react angular vue svelte django flask spring laravel express next nuxt
linux ubuntu debian fedora centos redhat windows macos mac ios android chrome firefox safari
edge opera iphone ipad macbook pixel galaxy kindle alexa siri echo
mini nest roku sonos fitbit ecobee wyze arlo homepod
claude gemini llama mistral gpt chatgpt openai anthropic copilot cursor bard
mastercard visa amex discover
events orders topic topics data records logs metrics alerts reports jobs queue queues
everyone everybody all folks guys there sir madam friends colleagues partner world
sao paulo zurich munchen koln dusseldorf malmo goteborg reykjavik krakow gdansk lodz bogota
medellin cordoba brasilia quebec sevilla malaga cadiz leon orleans nimes besancon
hanoi noi saigon gon
bayramı
finanzamt amtsgericht landgericht standesamt burgeramt buergeramt rathaus jobcenter krankenkasse stadtverwaltung bezirksamt
mairie prefecture tribunal agenzia entrate comune ayuntamiento hacienda gemeente belastingdienst skatteverket kommune
hybrid sedan coupe hatchback wagon minivan suv truck airport terminal station international downtown uptown midtown
fargo trek atelier
bowl bowls salad burrito burritos sandwich smoothie latte lattes cappuccino espresso croissant omelette quesadilla nachos noodles risotto lasagna sundae milkshake pizza flatbread
pack packs kit kits bundle bundles charger chargers
dental dentistry orthodontics endodontics periodontics veterinary vet animal pet pets pharmacy ppo hmo
platinum titanium
record chart charts access lookup viewed opened printed demographics encounter encounters registration intake primary
privacy monitoring number attending physician
relations inquiry enquiry inquiries grievance grievances harassment accommodation accommodations absence investigation investigations allegation allegations misconduct whistleblowing hotline ethics
meeting meetings review reviews portal onboarding brokerage
medicaid medicare
email phone unique
custodian custodians search searches
chapel cathedral tabernacle congregation fellowship ministries covenant synagogue mosque retiro greater period leaders
neutered spayed boarding daycare grooming kennel clinique veterinaire tierarztpraxis
fundraiser fundraisers potluck potlucks bazaar bazaars carnival jamboree luncheon banquet walkathon telethon solidario solidaria
amazing gauge casket caskets urn urns lantern lanterns keepsake keepsakes forever lawn
date file location
lit canvass canvassing phonebank textbank kickoff gotv elementary confirmed
pass passes campus domain locker lockers market contractors lifts coworking
presidente president presidenta directeur directrice director directora diretor diretora direttore direttrice analista gerente
juez jueza juge giudice procureur procuratore abogado abogada advogado advogada avocat avocate avvocato
secretario secretaria secretaire segretario segretaria ministro ministre alcalde alcaldesa sindaco notario notaire notaio
coordinador coordinadora coordenador coordenadora administrador administradora administrateur juridico juridica ley organica decreto
`;

const STOP = new Set(STOP_WORDS.split(/\s+/).filter((w) => w.length > 0));

/**
 * True for a folded word that is never part of a person's name (see STOP_WORDS), nor a German
 * street name written as one word (`Lindenstraße`, `Schulgasse`: red-team round 36, a name and
 * its street in one fixed-width IDoc row, where the street would end the name's run of words).
 */
export function isNameStopWord(folded: string): boolean {
  return STOP.has(folded) || (folded.length > 6 && (folded.endsWith('straße') || folded.endsWith('strasse') || folded.endsWith('gasse')));
}
