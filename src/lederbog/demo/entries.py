"""The sample leader of `lederbog --demo`: a year as a teamleder in STUK, written by hand.

Every date is a number of days before today (`days_ago`), so the demo always
ends yesterday. Mette Holm and her team are made up; the framework is the real
STUK ledelsesgrundlag that ships with Lederbog.
"""

from __future__ import annotations

from dataclasses import dataclass, field

NAME = "Mette Holm"
ORGANISATION = "Styrelsen for Undervisning og Kvalitet, Tilsynsteamet for gymnasier"
FRAMEWORK = "stuk"
ROLE = "teamleder"

STRATEGI = "stuk/strategisk-ledelse"
DRIFT = "stuk/driftsledelse"
FAGLIG = "stuk/faglig-ledelse"
PERSONALE = "stuk/personaleledelse-og-udvikling"
SIG_SELV = "stuk/udvikling-af-dig-selv-som-leder"


@dataclass(frozen=True)
class DemoCheckIn:
    days_ago: int
    progress: int
    note: str


@dataclass(frozen=True)
class DemoGoal:
    key: str  # how the reflections below refer to it
    days_ago: int  # when it was set
    area: str  # an area id of the STUK framework
    title: str
    why: str
    success: str
    due_in: int | None  # days from today (negative: overdue), or no due date
    status: str
    checkins: tuple[DemoCheckIn, ...] = ()


@dataclass(frozen=True)
class DemoReflection:
    days_ago: int
    text: str
    areas: tuple[str, ...] = ()
    goals: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    prompt: str = ""
    shared: bool = False


@dataclass(frozen=True)
class DemoAssessment:
    days_ago: int
    scores: dict[str, int]
    notes: dict[str, str] = field(default_factory=dict)


GOALS: tuple[DemoGoal, ...] = (
    DemoGoal(
        key="strategi",
        days_ago=355,
        area="strategisk-ledelse",
        title="Gøre tilsynsstrategien til noget, teamet kan bruge i sagerne",
        why=(
            "Strategien ligger på intranettet, men ingen i teamet kan sige, hvad den ændrer "
            "i en konkret tilsynssag. Så bliver den et dokument og ikke en retning."
        ),
        success=(
            "Alle i teamet kan pege på to-tre ting i deres egne sager, som vi gør anderledes "
            "på grund af strategien, og vi har en fælles tjekliste for risikobaseret udvælgelse."
        ),
        due_in=45,
        status="active",
        checkins=(
            DemoCheckIn(
                340,
                10,
                "Gennemgået strategien med Henrik. Vi er enige om, at "
                "risikovurderingen er det vigtigste at starte med.",
            ),
            DemoCheckIn(
                286,
                20,
                "Første teammøde om strategien. Sofies spørgsmål om, hvordan vi udvælger skolerne, "
                "blev startskuddet til en tjekliste.",
            ),
            DemoCheckIn(
                230,
                35,
                "Sofie og Jonas har lavet et udkast til tjeklisten. "
                "Den er for lang, men den er konkret.",
            ),
            DemoCheckIn(
                160,
                50,
                "Tjeklisten afprøvet på fire sager. Den virker på de store "
                "skoler, knap så godt på de små.",
            ),
            DemoCheckIn(
                90,
                60,
                "Justeret efter pilotsagerne. Mangler stadig at få den ind "
                "i sagsbehandlingssystemet.",
            ),
            DemoCheckIn(
                20,
                70,
                "Tjeklisten er med i skabelonen fra næste uge. Nu mangler "
                "opfølgningen: kan folk selv sige, hvad der er ændret?",
            ),
        ),
    ),
    DemoGoal(
        key="godt-nok",
        days_ago=330,
        area="driftsledelse",
        title="Sige tydeligt, hvornår en sag er »godt nok«",
        why=(
            "Vi bruger for lang tid på at finpudse notater, som ingen læser i den form. "
            "Jeg er selv en del af problemet, fordi jeg retter kommaer."
        ),
        success=(
            "Ved opstart af hver større sag aftaler vi niveauet, og jeg holder mig til det "
            "i min gennemlæsning. Gennemløbstiden falder, uden at kvaliteten gør."
        ),
        due_in=None,
        status="done",
        checkins=(
            DemoCheckIn(
                315,
                15,
                "Første forsøg: aftalt niveau på to sager. Jeg glemte det selv ved den ene.",
            ),
            DemoCheckIn(
                270,
                40,
                "Bedre. Niveauet er aftalt på alle nye sager i denne måned, og jeg har holdt mig "
                "til det.",
            ),
            DemoCheckIn(
                200,
                70,
                "Gennemløbstiden på de mindre sager er faldet. Jeg retter "
                "færre småting og flere argumenter.",
            ),
            DemoCheckIn(
                130,
                100,
                "Det er blevet vores måde at arbejde på. Jeg lukker målet "
                "og holder øje med, at det bliver ved.",
            ),
        ),
    ),
    DemoGoal(
        key="sparring",
        days_ago=250,
        area="faglig-ledelse",
        title="Faglig sparring hver anden uge, hvor vi tager de svære sager op",
        why=(
            "De svære vurderinger bliver hos den enkelte, og så bliver de afgjort forskelligt. "
            "Vi skal lære af hinanden i stedet for at gætte hver for sig."
        ),
        success=(
            "En fast halv time hver anden uge, hvor mindst én sag bliver drøftet, og hvor "
            "det ikke altid er mig, der har den."
        ),
        due_in=12,
        status="active",
        checkins=(
            DemoCheckIn(237, 20, "Første sparring. Jeg talte for meget."),
            DemoCheckIn(181, 40, "Aisha tog selv en sag med. Det er et godt tegn."),
            DemoCheckIn(
                117,
                55,
                "To aflysninger i træk på grund af hastesager. Skal beskyttes bedre i kalenderen.",
            ),
            DemoCheckIn(
                57,
                70,
                "Kørt fast hver anden uge i to måneder nu. Lene vil gerne stå for den en gang.",
            ),
            DemoCheckIn(9, 80, "Lene stod for sparringen i dag, og det gik fint uden mig."),
        ),
    ),
    DemoGoal(
        key="trivsel",
        days_ago=300,
        area="personaleledelse-og-udvikling",
        title="En rigtig samtale om trivsel med hver enkelt i teamet",
        why=(
            "Trivselsmålingen viste, at flere ikke føler, at nogen spørger ind til, hvordan "
            "de har det. Det overraskede mig, og det skal jeg tage alvorligt."
        ),
        success="Jeg har haft en samtale med alle ni, der handler om dem og ikke om sagerne.",
        due_in=-150,
        status="done",
        checkins=(
            DemoCheckIn(280, 20, "To samtaler holdt. Det er svært ikke at glide over i sagerne."),
            DemoCheckIn(
                226, 55, "Fem af ni. Mads fortalte om sin fars sygdom, som jeg ikke anede noget om."
            ),
            DemoCheckIn(
                170,
                100,
                "Alle ni samtaler holdt. Jeg gentager det om et år, og "
                "spørger oftere i det daglige.",
            ),
        ),
    ),
    DemoGoal(
        key="roller",
        days_ago=120,
        area="personaleledelse-og-udvikling",
        title="Få afklaret opgavefordelingen mellem Jonas og Aisha",
        why=(
            "De to træder hinanden over tæerne på de tværgående sager, og det smitter af "
            "på resten af teamet. Jeg har ventet for længe med at tage det op."
        ),
        success=(
            "Vi har en skriftlig aftale om, hvem der gør hvad, som de begge kan stå inde for, "
            "og teamet ved, hvem de skal gå til."
        ),
        due_in=-10,
        status="active",
        checkins=(
            DemoCheckIn(
                103, 10, "Talt med Jonas og Aisha hver for sig. De ser det meget forskelligt."
            ),
            DemoCheckIn(69, 25, "Fælles møde. Det blev ret anspændt, men vi fik sagt tingene."),
            DemoCheckIn(
                24,
                30,
                "Udkast til aftale sendt. Jonas har ikke svaret. Jeg må følge op, før det glider.",
            ),
            DemoCheckIn(
                1,
                60,
                "Talt med Jonas: de tværgående sager skiftes de til at være tovholder på. "
                "Mangler hans rettelser, så er aftalen på plads.",
            ),
        ),
    ),
    DemoGoal(
        key="feedback",
        days_ago=200,
        area="udvikling-af-dig-selv-som-leder",
        title="Bede teamet om feedback på min ledelse to gange om året",
        why=(
            "Jeg får feedback fra Henrik, men næsten aldrig fra dem, jeg leder. Jeg ved ikke, "
            "om det, jeg tror virker, også virker for dem."
        ),
        success="To runder om året med tre faste spørgsmål, og jeg fortæller bagefter, hvad "
        "jeg gør med svarene.",
        due_in=160,
        status="active",
        checkins=(
            DemoCheckIn(185, 20, "Spørgsmålene formuleret sammen med min ledersparringspartner."),
            DemoCheckIn(152, 50, "Første runde gennemført. Otte af ni svarede. Ærlige svar."),
            DemoCheckIn(139, 50, "Fortalt teamet, hvad jeg tager med. Næste runde om et halvt år."),
        ),
    ),
    DemoGoal(
        key="diplom",
        days_ago=280,
        area="udvikling-af-dig-selv-som-leder",
        title="Tage diplommodulet i forandringsledelse",
        why="Jeg vil have et sprog for det, jeg står i, når vi skal ændre arbejdsgange.",
        success="Modulet bestået, og jeg har brugt opgaven på en rigtig forandring i teamet.",
        due_in=None,
        status="paused",
        checkins=(
            DemoCheckIn(262, 20, "Tilmeldt. Første seminardag var god."),
            DemoCheckIn(
                214,
                30,
                "Sat på pause. Der er ikke plads ved siden af de nye "
                "tilsynsopgaver. Tager det op igen næste år.",
            ),
        ),
    ),
)


REFLECTIONS: tuple[DemoReflection, ...] = (
    DemoReflection(
        362,
        "Første uge med det nye team. Ni medarbejdere, hvoraf jeg kender tre i forvejen. "
        "Jeg har mest lyttet. Det, der går igen, er, at folk savner at vide, hvorfor vi "
        "prioriterer, som vi gør. Det er ikke et spørgsmål om mere information, men om at "
        "nogen forklarer sammenhængen.",
        areas=(STRATEGI,),
        tags=("opstart", "team"),
    ),
    DemoReflection(
        352,
        "Møde med Henrik om tilsynsstrategien. Han er klar over, at den er skrevet langt "
        "fra sagerne. Vi aftalte, at jeg prøver at oversætte den for mit team og melder "
        "tilbage, hvad der ikke giver mening nedefra. Det er en god opgave, men jeg skal "
        "passe på ikke bare at blive budbringer.",
        areas=(STRATEGI,),
        goals=("strategi",),
        tags=("strategi", "kontorchef"),
        prompt=(
            "Hvornår har du senest oversat et budskab fra et andet ledelsesniveau, så det gav "
            "mening for dem, der skulle bruge det?"
        ),
    ),
    DemoReflection(
        338,
        "Jeg opdagede i dag, at jeg havde rettet Peters notat tre gange, og at ændringerne "
        "i sidste runde var rent sproglige. Han sagde ingenting, men jeg kunne se, at han "
        "var træt af det. Hvis jeg vil have, at de tager ansvar for kvaliteten, må jeg også "
        "lade dem eje den.",
        areas=(DRIFT,),
        goals=("godt-nok",),
        tags=("kvalitet", "selvindsigt"),
        prompt=(
            "Hvor har du i denne uge gået ned i detaljen – og hvor har du givet "
            "medarbejderne plads?"
        ),
    ),
    DemoReflection(
        321,
        "Trivselsmålingen kom i dag. Overordnet pæn, men spørgsmålet om, hvorvidt »min "
        "leder interesserer sig for, hvordan jeg har det«, ligger lavt. Det stikker. Jeg "
        "tror, jeg har ment, at det var nok at have døren åben. Det er det tydeligvis ikke.",
        areas=(PERSONALE,),
        goals=("trivsel",),
        tags=("trivsel", "måling"),
    ),
    DemoReflection(
        311,
        "Første aftale om »godt nok« på en sag om en skole med faldende "
        "gennemførelse. Jonas og jeg blev enige om, at notatet skulle være kort og "
        "pege på tre risici, ikke beskrive alt. Det føltes næsten grænseoverskridende at "
        "sige højt.",
        areas=(DRIFT,),
        goals=("godt-nok",),
        tags=("kvalitet",),
        prompt=(
            "Hvilken opgave har du i denne uge sagt tydeligt var ”godt nok” – og hvordan "
            "tog medarbejderen imod det?"
        ),
        shared=True,
    ),
    DemoReflection(
        298,
        "Hastesag fra departementet om fraværsregler. Hele teamet lagde alt andet. Det "
        "gik, men ingen vidste, hvad der så skulle vente, og jeg fik det ikke sagt. Næste "
        "gang vil jeg sige med det samme, hvad der bliver skubbet, og til hvornår.",
        areas=(DRIFT,),
        tags=("hastesag", "prioritering"),
        prompt=(
            "Hvilken opgave har du i denne uge valgt at prioritere ned, og hvordan har du "
            "talt åbent om det med dem, der skal løse den?"
        ),
    ),
    DemoReflection(
        286,
        "Teammøde om strategien. Jeg havde forberedt slides, men det bedste kom, da Sofie "
        "spurgte, om vi overhovedet udvælger skolerne efter risiko i dag. Det gør vi kun "
        "delvist. Det blev startskuddet til tjeklisten.",
        areas=(STRATEGI, FAGLIG),
        goals=("strategi",),
        tags=("strategi", "teammøde"),
        prompt="Hvornår har du senest bedt dine medarbejdere om input til en strategisk drøftelse?",
        shared=True,
    ),
    DemoReflection(
        275,
        "To trivselssamtaler i denne uge. Det er sværere, end jeg troede, at holde "
        "samtalen væk fra sagerne. Begge gange var det mig, der gled over i arbejdet, "
        "fordi det er der, jeg er tryg. Næste gang starter jeg med at spørge, hvad der "
        "fylder uden for arbejdet.",
        areas=(PERSONALE,),
        goals=("trivsel",),
        tags=("trivsel", "samtaler"),
    ),
    DemoReflection(
        262,
        "Første seminardag på diplommodulet. Underviseren talte om, at modstand ofte er "
        "et tegn på, at folk tager forandringen alvorligt. Det er en nyttig tanke at tage "
        "med ind i snakken om tjeklisten.",
        areas=(SIG_SELV,),
        goals=("diplom",),
        tags=("uddannelse", "forandring"),
    ),
    DemoReflection(
        248,
        "Lene kom i dag og sagde, at hun har svært ved at sige fra over for de mange "
        "ad hoc-opgaver. Jeg sagde, at hun skal sende dem videre til mig, men det løser "
        "ikke noget på sigt. Vi aftalte, at hun selv prøver at sige »det kan jeg først "
        "se på torsdag« og fortæller mig, hvordan det gik.",
        areas=(PERSONALE, DRIFT),
        tags=("prioritering", "samtaler"),
    ),
    DemoReflection(
        237,
        "Første faglige sparring. Jeg talte for meget. Jeg havde sagen, jeg havde "
        "vurderingen, og jeg havde konklusionen. Næste gang skal en anden tage sagen med, "
        "og jeg skal sige mindst.",
        areas=(FAGLIG,),
        goals=("sparring",),
        tags=("sparring", "selvindsigt"),
    ),
    DemoReflection(
        226,
        "Mads fortalte i vores samtale om sin fars sygdom. Han har kørt til Aalborg hver "
        "weekend i et halvt år. Jeg anede det ikke. Vi aftalte, at han kan arbejde "
        "hjemmefra om fredagen. Det var en lille ting for mig og en stor ting for ham.",
        areas=(PERSONALE,),
        goals=("trivsel",),
        tags=("trivsel", "samtaler"),
        prompt="Hvem i dit team har du ikke talt med om deres trivsel i et stykke tid?",
    ),
    DemoReflection(
        214,
        "Jeg har sat diplommodulet på pause. Det var ikke en let beslutning, men jeg kan "
        "ikke både tage imod de nye tilsynsopgaver og skrive opgave om aftenen. Hellere "
        "gøre det ordentligt næste år end halvt nu.",
        areas=(SIG_SELV,),
        goals=("diplom",),
        tags=("uddannelse", "prioritering"),
    ),
    DemoReflection(
        203,
        "Ledernetværk med de andre teamledere i centret. Vi talte om, hvordan man får "
        "feedback nedefra. Karen bruger tre faste spørgsmål to gange om året og fortæller "
        "bagefter, hvad hun gør med svarene. Det vil jeg prøve.",
        areas=(SIG_SELV,),
        goals=("feedback",),
        tags=("netværk", "feedback"),
        prompt="Hvad har du senest taget med fra et ledernetværk ind i din egen ledelse?",
        shared=True,
    ),
    DemoReflection(
        194,
        "Peter sagde på teammødet, at han nu ved, hvornår han er færdig med en sag. Det "
        "var en sidebemærkning, men det er nok det bedste, nogen har sagt om min ledelse "
        "i år.",
        areas=(DRIFT,),
        goals=("godt-nok",),
        tags=("kvalitet", "anerkendelse"),
        shared=True,
    ),
    DemoReflection(
        181,
        "Aisha tog selv en sag med til sparringen: en skole, hvor tallene ser fine ud, men "
        "hvor hun har en mavefornemmelse. Vi brugte hele halvtimen på den, og tre andre "
        "kom med lignende eksempler. Det er præcis den slags viden, der ellers bliver hos "
        "én person.",
        areas=(FAGLIG,),
        goals=("sparring",),
        tags=("sparring", "videndeling"),
        prompt=(
            "Hvilken viden er i denne uge blevet delt i dit kontor eller på tværs – og "
            "hvilken er blevet hos én person?"
        ),
        shared=True,
    ),
    DemoReflection(
        166,
        "Pilot på tjeklisten: fire sager. Den fungerer på de store gymnasier, men på de "
        "små skoler er der for få elever til, at tallene siger noget. Jonas foreslog en "
        "særlig vej for de små. Godt forslag, og jeg sagde det til ham.",
        areas=(STRATEGI, FAGLIG),
        goals=("strategi",),
        tags=("strategi", "tjekliste"),
    ),
    DemoReflection(
        152,
        "Første feedbackrunde er tilbage. Otte af ni svarede. Det, der gik igen: jeg er "
        "tydelig om retningen, men jeg svarer sent på mails, og folk venter på mig. Det "
        "er ubehageligt at læse, fordi det er rigtigt.",
        areas=(SIG_SELV,),
        goals=("feedback",),
        tags=("feedback", "selvindsigt"),
        prompt="Hvornår har du senest bedt en medarbejder om feedback på din ledelse?",
    ),
    DemoReflection(
        139,
        "Fortalt teamet, hvad jeg tager med fra feedbacken: to faste tidspunkter om dagen, "
        "hvor jeg svarer på mails, og en besked, når noget trækker ud. Det føltes sårbart, "
        "men stemningen bagefter var god.",
        areas=(SIG_SELV, PERSONALE),
        goals=("feedback",),
        tags=("feedback",),
        shared=True,
    ),
    DemoReflection(
        124,
        "Jonas og Aisha røg ind i hinanden igen på sagen om de erhvervsgymnasiale "
        "uddannelser. Begge mener, de har ansvaret. Jeg har set det komme i månedsvis og "
        "har ventet. Det er min opgave at afklare det, ikke deres.",
        areas=(PERSONALE,),
        tags=("konflikt", "roller"),
        prompt="Hvilken konflikt eller uklar forventning har du udskudt at tage fat på?",
    ),
    DemoReflection(
        117,
        "To aflyste sparringer i træk på grund af hastesager. Jeg kan mærke, at det er "
        "det første, der ryger, når der er travlt, og det er netop, når der er travlt, at "
        "vi har mest brug for det. Den skal stå i kalenderen som et møde, der ikke flyttes.",
        areas=(FAGLIG, DRIFT),
        goals=("sparring",),
        tags=("sparring", "prioritering"),
    ),
    DemoReflection(
        103,
        "Samtaler med Jonas og Aisha hver for sig. Jonas oplever, at Aisha overtager hans "
        "kontakter. Aisha oplever, at Jonas holder på viden. Det er begge dele rigtigt, og "
        "ingen af dem er onde. Rollerne er bare aldrig blevet sagt højt.",
        areas=(PERSONALE,),
        goals=("roller",),
        tags=("konflikt", "roller", "samtaler"),
    ),
    DemoReflection(
        92,
        "Jeg gav Henrik en melding om, at tjeklisten ikke kan bruges på de små skoler, "
        "som den er. Han tager det med på kontorchefmødet. Det er første gang, jeg har "
        "oplevet, at noget fra vores sager er gået opad og har ændret noget.",
        areas=(STRATEGI,),
        goals=("strategi",),
        tags=("strategi", "kontorchef"),
        prompt=(
            "Hvilken erfaring fra dit teams arbejde har du senest givet videre opad som bud "
            "på, hvordan strategien kan realiseres?"
        ),
        shared=True,
    ),
    DemoReflection(
        81,
        "Kvartalets selvevaluering. Jeg har givet mig selv et point mere i driftsledelse. "
        "»Godt nok«-aftalerne er blevet en vane, og det kan ses på gennemløbstiden. "
        "Personaleledelse står stille, fordi konflikten mellem Jonas og Aisha ikke er løst.",
        areas=(DRIFT, PERSONALE),
        tags=("selvevaluering",),
    ),
    DemoReflection(
        69,
        "Fælles møde med Jonas og Aisha. Det blev anspændt, og Aisha var tæt på at gå. "
        "Men vi fik sagt tingene, og de var enige om, at det ikke kan fortsætte. Jeg "
        "skriver et udkast til, hvem der gør hvad. Jeg må huske, at det er deres aftale, "
        "ikke min.",
        areas=(PERSONALE,),
        goals=("roller",),
        tags=("konflikt", "roller"),
        prompt=(
            "Hvilken beslutning har du senest truffet sammen med dine medarbejdere i "
            "stedet for alene?"
        ),
    ),
    DemoReflection(
        58,
        "Lene spurgte, om hun må stå for en sparring. Selvfølgelig. Jeg lagde mærke til, "
        "at jeg et øjeblik tænkte, om hun kunne styre tiden. Den tanke siger mere om mig "
        "end om hende.",
        areas=(FAGLIG, PERSONALE),
        goals=("sparring",),
        tags=("sparring", "udvikling", "selvindsigt"),
        prompt=(
            "Hvilken medarbejder har du senest hjulpet et skridt videre mod det næste i karrieren?"
        ),
    ),
    DemoReflection(
        47,
        "Travl uge med høringssvar. Jeg var på kontoret fra halv otte til seks tre dage "
        "i træk og havde ingen samtaler ud over det nødvendige. Teamet klarede det fint, "
        "men jeg var ikke synlig. Det må ikke blive normalen.",
        areas=(DRIFT, SIG_SELV),
        tags=("travlhed", "synlighed"),
    ),
    DemoReflection(
        36,
        "Sofie fik ros fra en rektor for et tilsynsbesøg, hvor hun havde forberedt sig "
        "ekstra grundigt. Jeg skrev det i teamets kanal og sagde det til hende bagefter. "
        "Hun blev glad, men mest for at det blev sagt foran de andre.",
        areas=(PERSONALE,),
        tags=("anerkendelse",),
        prompt="Hvem har du i denne uge påskønnet for en god indsats, og hvordan gjorde du det?",
        shared=True,
    ),
    DemoReflection(
        24,
        "Udkastet til opgavefordelingen er sendt til Jonas og Aisha. Aisha svarede samme "
        "dag med to små rettelser. Jonas har ikke svaret endnu. Jeg tager fat i ham "
        "mandag i stedet for at vente på en mail, der måske ikke kommer.",
        areas=(PERSONALE,),
        goals=("roller",),
        tags=("roller", "opfølgning"),
    ),
    DemoReflection(
        17,
        "Bad Henrik om at gøre opdraget på den nye analyse af elevfravær tydeligere. "
        "Det var lidt akavet, fordi han selv havde skrevet det, men svaret var klart: "
        "det er et overblik til direktionen, ikke en ny tilsynsmetode. Godt at få afgjort, "
        "inden teamet brugte en måned på det forkerte.",
        areas=(FAGLIG, STRATEGI),
        tags=("kontorchef", "opdrag"),
        prompt="Hvornår har du senest bedt din chef om at gøre et opdrag tydeligere?",
    ),
    DemoReflection(
        9,
        "Lene stod for sparringen i dag. Hun havde valgt en sag, hvor hun selv var i "
        "tvivl, og sagde det højt. Det gav de andre lov til det samme. Jeg sagde næsten "
        "ingenting, og det var en af de bedste sparringer, vi har haft.",
        areas=(FAGLIG,),
        goals=("sparring",),
        tags=("sparring", "videndeling"),
        prompt=(
            "Hvornår har du senest sagt højt, at du var i tvivl, og taget ansvar for en ny "
            "vinkel på en opgave?"
        ),
        shared=True,
    ),
    DemoReflection(
        4,
        "Jeg har stadig ikke fået talt med Jonas om aftalen. Jeg har haft en god grund "
        "hver dag, og det er netop problemet. Jeg sætter tid af i morgen kl. 9 og "
        "fortæller ham, at vi skal have den på plads i denne uge.",
        areas=(PERSONALE,),
        goals=("roller",),
        tags=("roller", "selvindsigt"),
    ),
    DemoReflection(
        1,
        "Talte med Jonas i dag. Han havde ikke undgået mailen af uvilje, men fordi han "
        "syntes, at udkastet gav Aisha for meget. Vi fandt en løsning på de tværgående "
        "sager, hvor de skiftes til at være tovholder. Han sender sine rettelser i morgen. "
        "Lettet. Og en påmindelse om at spørge i stedet for at gætte.",
        areas=(PERSONALE,),
        goals=("roller",),
        tags=("roller", "konflikt", "samtaler"),
    ),
)


ASSESSMENTS: tuple[DemoAssessment, ...] = (
    DemoAssessment(
        350,
        {
            "strategisk-ledelse": 2,
            "driftsledelse": 3,
            "faglig-ledelse": 3,
            "personaleledelse-og-udvikling": 3,
            "udvikling-af-dig-selv-som-leder": 2,
        },
        {
            "strategisk-ledelse": "Strategien er ikke kommet ned i sagerne endnu.",
            "udvikling-af-dig-selv-som-leder": "Ny i rollen; ingen sparring uden for Henrik.",
        },
    ),
    DemoAssessment(
        260,
        {
            "strategisk-ledelse": 3,
            "driftsledelse": 3,
            "faglig-ledelse": 3,
            "personaleledelse-og-udvikling": 3,
            "udvikling-af-dig-selv-som-leder": 3,
        },
        {
            "strategisk-ledelse": "Teamet er i gang med tjeklisten; det er deres, ikke mit.",
            "personaleledelse-og-udvikling": "Trivselssamtalerne er i gang, men halvvejs.",
        },
    ),
    DemoAssessment(
        170,
        {
            "strategisk-ledelse": 3,
            "driftsledelse": 4,
            "faglig-ledelse": 4,
            "personaleledelse-og-udvikling": 4,
            "udvikling-af-dig-selv-som-leder": 3,
        },
        {
            "driftsledelse": "»Godt nok« er blevet en vane.",
            "faglig-ledelse": "Sparringerne kører, og andre end mig tager sager med.",
            "personaleledelse-og-udvikling": "Alle ni trivselssamtaler holdt.",
        },
    ),
    DemoAssessment(
        81,
        {
            "strategisk-ledelse": 4,
            "driftsledelse": 4,
            "faglig-ledelse": 4,
            "personaleledelse-og-udvikling": 3,
            "udvikling-af-dig-selv-som-leder": 4,
        },
        {
            "strategisk-ledelse": "Erfaringerne fra de små skoler er nået op til kontorchefmødet.",
            "personaleledelse-og-udvikling": "Konflikten mellem Jonas og Aisha trækker ned. "
            "Jeg har ventet for længe.",
            "udvikling-af-dig-selv-som-leder": "Feedbackrunden var svær at læse og god at få.",
        },
    ),
)
