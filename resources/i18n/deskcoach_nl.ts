<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>A break is waiting</source>
        <extracomment>The rest of starting waits this long after the icon is shown: the event loop goes idle, so the dock request reaches the tray host and the icon is placed before the scheduler, content and detectors load (run at once, they kept the request unsent for 50-100 ms).</extracomment>
        <translation>Er wacht een pauze</translation>
    </message>
    <message>
        <source>Your break has waited %1 minutes for a meeting or full-screen app. Take it when you can; it appears as soon as you are done.</source>
        <translation>Je pauze heeft %1 minuten gewacht vanwege een vergadering of een app op volledig scherm. Neem hem wanneer het kan; hij verschijnt zodra je klaar bent.</translation>
    </message>
    <message>
        <source>DeskCoach workstation check</source>
        <translation>DeskCoach-werkplekcheck</translation>
    </message>
    <message>
        <source>DeskCoach: some files could not be used</source>
        <translation>DeskCoach: sommige bestanden konden niet worden gebruikt</translation>
    </message>
    <message>
        <source>The workstation checklist could not be loaded.</source>
        <translation>De werkplekchecklist kon niet worden geladen.</translation>
    </message>
    <message>
        <source>DeskCoach cannot open its control socket: %1.</source>
        <translation>DeskCoach kan zijn besturingssocket niet openen: %1.</translation>
    </message>
    <message>
        <source>DeskCoach is already running for this profile.</source>
        <translation>DeskCoach draait al voor dit profiel.</translation>
    </message>
    <message>
        <source>%1, step %2 of %3: %4</source>
        <translation>%1, stap %2 van %3: %4</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>%1: five minutes for your body</source>
        <translation>%1: vijf minuten voor je lichaam</translation>
    </message>
    <message>
        <source>%1. Click here to start.</source>
        <translation>%1. Klik hier om te beginnen.</translation>
    </message>
    <message>
        <source>Stand up, reach both arms overhead, and take 10 slow breaths.</source>
        <translation>Sta op, strek beide armen boven je hoofd en adem 10 keer rustig in en uit.</translation>
    </message>
    <message>
        <source>MOVEMENT BREAK</source>
        <translation>BEWEEGPAUZE</translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>Tijd om te bewegen</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Wat je doet</translation>
    </message>
    <message>
        <source>Break progress</source>
        <translation>Voortgang van de pauze</translation>
    </message>
    <message>
        <source>The timer waits while you keep working; step away to let it run.</source>
        <translation>De timer wacht zolang je doorwerkt; stap even weg om hem te laten lopen.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Klaar</translation>
    </message>
    <message>
        <source>Done: finish the break now</source>
        <translation>Klaar: de pauze nu afronden</translation>
    </message>
    <message>
        <source>S&amp;wap exercise</source>
        <translation>Oefening &amp;wisselen</translation>
    </message>
    <message>
        <source>Swap this exercise for another</source>
        <translation>Deze oefening door een andere vervangen</translation>
    </message>
    <message>
        <source>Exercise &amp;info</source>
        <translation>&amp;Info over oefening</translation>
    </message>
    <message>
        <source>This exercise&apos;s cautions and who should leave it out</source>
        <translation>Aandachtspunten bij deze oefening en wie haar beter overslaat</translation>
    </message>
    <message>
        <source>When to get &amp;help</source>
        <translation>Wanneer hulp &amp;zoeken</translation>
    </message>
    <message>
        <source>BEFORE YOUR FIRST MOVEMENT BREAK</source>
        <translation>VOOR JE EERSTE BEWEEGPAUZE</translation>
    </message>
    <message>
        <source>Move gently, and listen to your body</source>
        <translation>Beweeg rustig en luister naar je lichaam</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Veiligheidsopmerking</translation>
    </message>
    <message>
        <source>&amp;I understand, show the exercises</source>
        <translation>&amp;Begrepen, toon de oefeningen</translation>
    </message>
    <message>
        <source>DeskCoach suggests gentle, general movements. It is not medical advice.

Move within a comfortable range and never bounce. Stop if a movement hurts, tingles, goes numb, sends symptoms into an arm or leg, makes you dizzy or makes pain worse.

Get emergency care now for loss of bladder or bowel control, numbness around the genitals or buttocks, new weakness in the legs, or chest pain. See a doctor or physiotherapist before going on if pain spreads below the knee, wakes you at night or keeps getting worse, and after recent surgery or injury, or during pregnancy.

&quot;When to get help&quot; (below, and in the tray menu) lists every sign.</source>
        <translation>DeskCoach stelt rustige, algemene bewegingen voor. Het is geen medisch advies.

Beweeg binnen een prettig bereik en veer nooit. Stop als een beweging pijn doet, tintelt, een doof gevoel geeft, klachten naar een arm of been laat uitstralen, je duizelig maakt of pijn erger maakt.

Zoek direct spoedhulp bij verlies van controle over blaas of darmen, een doof gevoel rond de geslachtsdelen of billen, nieuwe zwakte in de benen, of pijn op de borst. Ga naar een huisarts of fysiotherapeut voordat je verdergaat als de pijn uitstraalt tot onder de knie, je &apos;s nachts wakker maakt of steeds erger wordt, en na een recente operatie of blessure, of tijdens een zwangerschap.

&quot;Wanneer hulp zoeken&quot; (hieronder, en in het menu in het systeemvak) noemt alle signalen.</translation>
    </message>
    <message>
        <source>Breath %1 of %2</source>
        <translation>Ademhaling %1 van %2</translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation>Herhaling %1 van %2</translation>
    </message>
    <message>
        <source>Hold %1 s</source>
        <translation>Houd %1 s vast</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>BREAK DONE</source>
        <translation>PAUZE KLAAR</translation>
    </message>
    <message>
        <source>Nice work. How did that feel?</source>
        <translation>Goed gedaan. Hoe voelde dat?</translation>
    </message>
    <message>
        <source>One tap helps DeskCoach pick exercises that suit you. Uncomfortable? A short question then asks which exercise.</source>
        <translation>Met één tik help je DeskCoach oefeningen te kiezen die bij je passen. Ongemakkelijk? Dan vraagt een korte vraag welke oefening.</translation>
    </message>
    <message>
        <source>Felt &amp;good</source>
        <translation>&amp;Goed</translation>
    </message>
    <message>
        <source>&amp;Neutral</source>
        <translation>&amp;Neutraal</translation>
    </message>
    <message>
        <source>&amp;Uncomfortable</source>
        <translation>&amp;Ongemakkelijk</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Thanks for telling DeskCoach</source>
        <extracomment>The break window is built this many real seconds before a break falls due, so it shows at once then (building it, with the figure and its stylesheets, takes 50-100 ms); not sooner, so an idle app does not carry it for the whole work stretch.</extracomment>
        <translation>Bedankt voor je reactie</translation>
    </message>
    <message>
        <source>If discomfort keeps coming back, a quick workstation check can help: Checklist... in the menu. See a clinician about pain that persists.</source>
        <translation>Blijft het ongemak terugkomen, dan kan een korte werkplekcheck helpen: Checklist... in het menu. Ga naar een zorgverlener bij pijn die aanhoudt.</translation>
    </message>
    <message>
        <source>DeskCoach - time to move</source>
        <translation>DeskCoach - tijd om te bewegen</translation>
    </message>
    <message>
        <source>Movement break</source>
        <translation>Beweegpauze</translation>
    </message>
    <message>
        <source>Look at something far away and breathe easily until the break ends.</source>
        <translation>Kijk naar iets in de verte en adem rustig tot de pauze voorbij is.</translation>
    </message>
    <message numerus="yes">
        <source>S&amp;nooze %n min</source>
        <translation>
            <numerusform>&amp;Uitstellen %n min</numerusform>
            <numerusform>&amp;Uitstellen %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze the break for %n minutes</source>
        <translation>
            <numerusform>De pauze %n minuut uitstellen</numerusform>
            <numerusform>De pauze %n minuten uitstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Movement break. Before it starts: %1</source>
        <translation>Beweegpauze. Voordat hij begint: %1</translation>
    </message>
    <message>
        <source>Movement break: %1. %2</source>
        <translation>Beweegpauze: %1. %2</translation>
    </message>
    <message>
        <source>MOVEMENT BREAK  ·  EXERCISE %1 OF %2</source>
        <translation>BEWEEGPAUZE  ·  OEFENING %1 VAN %2</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Stap %1 van %2: %3</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Rust</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Nog %1</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Overslaan</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skip (%n left today)</source>
        <translation>
            <numerusform>&amp;Overslaan (vandaag nog %n)</numerusform>
            <numerusform>&amp;Overslaan (vandaag nog %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Point at a period for its figures.</source>
        <translation>Wijs een periode aan voor de cijfers.</translation>
    </message>
    <message>
        <source>Details of the period under the pointer</source>
        <translation>Details van de periode onder de aanwijzer</translation>
    </message>
    <message>
        <source>Breaks, share taken and longest stretch per period</source>
        <translation>Pauzes, aandeel genomen en langste periode zonder pauze, per periode</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pauzes</translation>
    </message>
    <message>
        <source>Taken (%)</source>
        <translation>Genomen (%)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Skipped and missed breaks by weekday and hour</source>
        <translation>Overgeslagen en gemiste pauzes per weekdag en uur</translation>
    </message>
    <message>
        <source>When breaks get skipped or missed</source>
        <translation>Wanneer pauzes worden overgeslagen of gemist</translation>
    </message>
    <message>
        <source>Skipped or missed</source>
        <translation>Overgeslagen of gemist</translation>
    </message>
    <message>
        <source>* %1 is not over yet: its figures so far.</source>
        <translation>* %1 is nog niet voorbij: de cijfers tot nu toe.</translation>
    </message>
    <message>
        <source>Share of due breaks taken; dashed: your %1 goal; no dot: nothing due</source>
        <translation>Geplande pauzes genomen; gestippeld: je doel van %1; geen punt: niets gepland</translation>
    </message>
    <message>
        <source>Longest time without a break; dashed: your %1 min interval</source>
        <translation>Langste tijd zonder pauze; gestippeld: je interval van %1 min</translation>
    </message>
    <message>
        <source>Hour the break fell due</source>
        <translation>Uur waarop de pauze gepland was</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday and day of month</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day and month</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Your plan changed</source>
        <translation>Je plan is gewijzigd</translation>
    </message>
    <message>
        <source>How does it feel now?</source>
        <translation>Hoe voelt het nu?</translation>
    </message>
    <message>
        <source>Pain or discomfort from 0 (none) to 10 (the worst). Up to 3 is fine; DeskCoach paces each exercise by your answers.</source>
        <translation>Pijn of ongemak van 0 (geen) tot 10 (het ergst). Tot en met 3 is prima; DeskCoach stemt elke oefening af op je antwoorden.</translation>
    </message>
    <message>
        <source>How did your body feel when you got up today?</source>
        <translation>Hoe voelde je lichaam toen je vandaag opstond?</translation>
    </message>
    <message>
        <source>0 is no pain or stiffness, 10 the worst. Your mornings decide when an exercise gets harder or easier.</source>
        <translation>0 is geen pijn of stijfheid, 10 het ergst. Je ochtenden bepalen wanneer een oefening zwaarder of lichter wordt.</translation>
    </message>
    <message>
        <source>Which places ached this week?</source>
        <translation>Welke plekken deden deze week pijn?</translation>
    </message>
    <message>
        <source>Tick each one, then pick how bad it was at worst (0-10). Nothing ached? Pick 0.</source>
        <translation>Vink ze aan en kies hoeveel pijn het op zijn ergst deed (0-10). Nergens pijn? Kies 0.</translation>
    </message>
    <message>
        <source>DeskCoach check-in</source>
        <extracomment>answers: one (pain, region or &quot;&quot;, exercise or &quot;&quot;) per check-in; kind; free-text note</extracomment>
        <translation>DeskCoach-check-in</translation>
    </message>
    <message>
        <source>The whole break</source>
        <translation>De hele pauze</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Betreft</translation>
    </message>
    <message>
        <source>Where (optional)</source>
        <translation>Waar (optioneel)</translation>
    </message>
    <message>
        <source>Anywhere / in general</source>
        <translation>Nergens in het bijzonder / algemeen</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Waar</translation>
    </message>
    <message>
        <source>Pain %1 of 10</source>
        <translation>Pijn %1 van 10</translation>
    </message>
    <message>
        <source>Anything else, such as numbness or tingling? (optional)</source>
        <translation>Nog iets anders, zoals een doof gevoel of tintelingen? (optioneel)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>DeskCoach</source>
        <translation>DeskCoach</translation>
    </message>
    <message>
        <source>Your answers could not be saved: %1</source>
        <translation>Je antwoorden konden niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>onbekende fout</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Exporteren naar %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>Workstation check exported</source>
        <translation>Werkplekcheck geëxporteerd</translation>
    </message>
    <message numerus="yes">
        <source>%n workstation actions to follow up: %1</source>
        <translation>
            <numerusform>%n werkplekactie om op te volgen: %1</numerusform>
            <numerusform>%n werkplekacties om op te volgen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has been %n months since your workstation check. A fresh one takes five minutes: Checklist... in the DeskCoach menu.</source>
        <translation>
            <numerusform>Je werkplekcheck is %n maand geleden. Een nieuwe duurt vijf minuten: Checklist... in het DeskCoach-menu.</numerusform>
            <numerusform>Je werkplekcheck is %n maanden geleden. Een nieuwe duurt vijf minuten: Checklist... in het DeskCoach-menu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time for a workstation check: choose Checklist... in the DeskCoach menu. It takes about five minutes.</source>
        <translation>Tijd voor een werkplekcheck: kies Checklist... in het DeskCoach-menu. Het duurt ongeveer vijf minuten.</translation>
    </message>
    <message>
        <source>DeskCoach - workstation check</source>
        <translation>DeskCoach - werkplekcheck</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Timing</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <source>exercise ids</source>
        <translation>oefening-id&apos;s</translation>
    </message>
    <message>
        <source>a list of up to %1 of: %2</source>
        <translation>een lijst van hoogstens %1 uit: %2</translation>
    </message>
    <message>
        <source>neck</source>
        <extracomment>each region in words, for sentences (&quot;neck, upper back&quot;); translated where shown</extracomment>
        <translation>nek</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>bovenrug</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>schouders</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>borst</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>onderrug</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>heupen</translation>
    </message>
    <message>
        <source>legs</source>
        <translation>benen</translation>
    </message>
    <message>
        <source>legs&apos; circulation</source>
        <extracomment>clearer on its own as a box to tick than the word the sentences use</extracomment>
        <translation>doorbloeding van de benen</translation>
    </message>
    <message>
        <source>wrists and hands</source>
        <translation>polsen en handen</translation>
    </message>
    <message>
        <source>circulation</source>
        <translation>doorbloeding</translation>
    </message>
    <message>
        <source>eyes</source>
        <translation>ogen</translation>
    </message>
    <message>
        <source>breathing</source>
        <translation>ademhaling</translation>
    </message>
    <message>
        <source>whole body</source>
        <translation>hele lichaam</translation>
    </message>
    <message>
        <source>Work interval</source>
        <translation>Werkinterval</translation>
    </message>
    <message>
        <source>Minutes of work between breaks; 30-45 is recommended.</source>
        <translation>Minuten werk tussen pauzes; 30-45 wordt aangeraden.</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>Pauzeduur</translation>
    </message>
    <message>
        <source>How long each movement break lasts.</source>
        <translation>Hoe lang elke beweegpauze duurt.</translation>
    </message>
    <message>
        <source>Notice before a break</source>
        <translation>Melding vooraf</translation>
    </message>
    <message>
        <source>How early the tray warns that a break is coming (0 = no notice).</source>
        <translation>Hoe vroeg het systeemvak meldt dat er een pauze aankomt (0 = geen melding).</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>Uitsteltijd</translation>
    </message>
    <message>
        <source>How long Snooze puts a break off.</source>
        <translation>Hoe lang Uitstellen een pauze opschuift.</translation>
    </message>
    <message>
        <source>Putting breaks off</source>
        <translation>Pauzes uitstellen</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <translation>Keer uitstellen per pauze</translation>
    </message>
    <message>
        <source>How often one break may be snoozed.</source>
        <translation>Hoe vaak één pauze mag worden uitgesteld.</translation>
    </message>
    <message>
        <source>Skips per day</source>
        <translation>Overslaan per dag</translation>
    </message>
    <message>
        <source>How many breaks may be skipped each day.</source>
        <translation>Hoeveel pauzes er per dag mogen worden overgeslagen.</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>onbeperkt</translation>
    </message>
    <message>
        <source>Strict mode</source>
        <translation>Strikte modus</translation>
    </message>
    <message>
        <source>Breaks cannot be skipped or snoozed.</source>
        <translation>Pauzes kunnen niet worden overgeslagen of uitgesteld.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Geluid</translation>
    </message>
    <message>
        <source>Play a soft cue when a break starts and when it ends (never while a meeting holds breaks).</source>
        <translation>Speel een zacht signaal af als een pauze begint en eindigt (nooit terwijl een vergadering pauzes tegenhoudt).</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Starten bij aanmelden</translation>
    </message>
    <message>
        <source>Start DeskCoach when you log in.</source>
        <translation>Start DeskCoach als je je aanmeldt.</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>Minder beweging</translation>
    </message>
    <message>
        <source>Show still key poses instead of animations.</source>
        <translation>Toon stilstaande kernhoudingen in plaats van animaties.</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Oefeningen</translation>
    </message>
    <message>
        <source>Seated only</source>
        <translation>Alleen zittend</translation>
    </message>
    <message>
        <source>Only suggest exercises that can be done sitting down.</source>
        <translation>Stel alleen oefeningen voor die zittend kunnen.</translation>
    </message>
    <message>
        <source>Back movements</source>
        <translation>Rugbewegingen</translation>
    </message>
    <message>
        <source>Leave out forward bends (flexion) or backward bends (extension) if one of them does not feel good.</source>
        <translation>Laat vooroverbuigen (flexie) of achteroverbuigen (extensie) weg als een van beide niet goed voelt.</translation>
    </message>
    <message>
        <source>Regions to leave out</source>
        <translation>Lichaamsdelen weglaten</translation>
    </message>
    <message>
        <source>Body regions DeskCoach should not suggest exercises for.</source>
        <translation>Lichaamsdelen waarvoor DeskCoach geen oefeningen moet voorstellen.</translation>
    </message>
    <message>
        <source>Exercises to leave out</source>
        <translation>Oefeningen weglaten</translation>
    </message>
    <message>
        <source>Exercises DeskCoach should never suggest.</source>
        <translation>Oefeningen die DeskCoach nooit moet voorstellen.</translation>
    </message>
    <message>
        <source>Away after</source>
        <translation>Afwezig na</translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse after which the work timer stops; coming back after at least a break&apos;s length counts as a natural break.</source>
        <translation>Minuten zonder toetsenbord of muis waarna de werktimer stopt; terugkomen na minstens de duur van een pauze telt als een natuurlijke pauze.</translation>
    </message>
    <message>
        <source>Smart timing</source>
        <translation>Slimme timing</translation>
    </message>
    <message>
        <source>Wait for full-screen apps</source>
        <translation>Wachten op apps op volledig scherm</translation>
    </message>
    <message>
        <source>Hold a break while a full-screen app or presentation is in front.</source>
        <translation>Houd een pauze tegen zolang een app op volledig scherm of een presentatie vooraan staat.</translation>
    </message>
    <message>
        <source>Wait for meetings</source>
        <translation>Wachten op vergaderingen</translation>
    </message>
    <message>
        <source>Hold a break while another app uses the camera or microphone.</source>
        <translation>Houd een pauze tegen zolang een andere app de camera of microfoon gebruikt.</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Langste wachttijd</translation>
    </message>
    <message>
        <source>After this long a held break gives a gentle reminder.</source>
        <translation>Na deze tijd geeft een tegengehouden pauze een zachte herinnering.</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Werktijden</translation>
    </message>
    <message>
        <source>e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always.</source>
        <translation>bijv. mon-fri 08:30-12:30,13:30-17:30; leeg betekent altijd.</translation>
    </message>
    <message>
        <source>Checklist reminders</source>
        <translation>Checklistherinneringen</translation>
    </message>
    <message>
        <source>Remind me of open workstation actions and when a fresh check is due.</source>
        <translation>Herinner me aan openstaande werkplekacties en wanneer een nieuwe check nodig is.</translation>
    </message>
    <message>
        <source>Workstation check</source>
        <translation>Werkplekcheck</translation>
    </message>
    <message>
        <source>Fresh check after</source>
        <translation>Nieuwe check na</translation>
    </message>
    <message>
        <source>Months after a workstation check until DeskCoach suggests a new one.</source>
        <translation>Maanden na een werkplekcheck tot DeskCoach een nieuwe voorstelt.</translation>
    </message>
    <message>
        <source>Streak goal</source>
        <translation>Reeksdoel</translation>
    </message>
    <message>
        <source>The share of the day&apos;s due breaks to take for the day to join your streak on the progress dashboard.</source>
        <translation>Het deel van de geplande pauzes van een dag dat je moet nemen om de dag aan je reeks op het voortgangsdashboard toe te voegen.</translation>
    </message>
    <message>
        <source>Eye breaks every</source>
        <translation>Oogpauze elke</translation>
    </message>
    <message>
        <source>A 20-second prompt to look into the distance, between movement breaks (0 = off).</source>
        <translation>Een melding van 20 seconden om in de verte te kijken, tussen beweegpauzes (0 = uit).</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <source>Eye breaks</source>
        <translation>Oogpauzes</translation>
    </message>
    <message>
        <source>Daily anchors</source>
        <translation>Dagelijkse ankers</translation>
    </message>
    <message>
        <source>Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none.</source>
        <translation>Optionele routines van vijf minuten op momenten die je toch al hebt, bijv. coffee 08:30, lunch 12:30, end of day 17:15; leeg betekent geen.</translation>
    </message>
    <message>
        <source>Daily routines</source>
        <translation>Dagelijkse routines</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>How loud the break cues are.</source>
        <translation>Hoe luid de pauzesignalen zijn.</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <source>Which of DeskCoach&apos;s sounds the cues use.</source>
        <translation>Welk DeskCoach-geluid de signalen gebruiken.</translation>
    </message>
    <message>
        <source>Break window on</source>
        <translation>Pauzevenster op</translation>
    </message>
    <message>
        <source>pointer: the screen with the mouse pointer; primary: the main screen; all: the break on the pointer&apos;s screen and a calm dimmed panel on the others (it never blocks input).</source>
        <translation>aanwijzer: het scherm met de muisaanwijzer; primair: het hoofdscherm; alle: de pauze op het scherm van de aanwijzer en een rustig gedimd paneel op de andere (blokkeert nooit invoer).</translation>
    </message>
    <message>
        <source>Break window</source>
        <translation>Pauzevenster</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Kleuren</translation>
    </message>
    <message>
        <source>Light or dark windows; system follows your desktop&apos;s colour scheme.</source>
        <translation>Lichte of donkere vensters; systeem volgt het kleurenschema van je bureaublad.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The language of DeskCoach&apos;s menus, exercises and messages; system follows your desktop. It applies at once; windows already open change when you open them again.</source>
        <translation>De taal van de menu&apos;s, oefeningen en berichten van DeskCoach; systeem volgt je bureaublad. Dit geldt meteen; vensters die al open zijn veranderen als je ze opnieuw opent.</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos; (known: %2)</source>
        <translation>onbekende instelling &apos;%1&apos; (bekend: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, allowed: %3</source>
        <translation>&apos;%1&apos; is %2, toegestaan: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false, not %2</source>
        <translation>&apos;%1&apos; moet true of false zijn, niet %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number (%2), not %3</source>
        <translation>&apos;%1&apos; moet een geheel getal zijn (%2), niet %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2, not %3</source>
        <translation>&apos;%1&apos; moet %2 zijn, niet %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds %2, allowed: %3</source>
        <translation>&apos;%1&apos; bevat %2, toegestaan: %3</translation>
    </message>
    <message>
        <source>A desktop computer</source>
        <translation>Een desktopcomputer</translation>
    </message>
    <message>
        <source>A laptop on its own</source>
        <translation>Alleen een laptop</translation>
    </message>
    <message>
        <source>A laptop with a separate screen, keyboard and mouse</source>
        <translation>Een laptop met los scherm, toetsenbord en muis</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ikzelf</translation>
    </message>
    <message>
        <source>My manager</source>
        <translation>Mijn leidinggevende</translation>
    </message>
    <message>
        <source>Facilities / IT</source>
        <translation>Facilitair / IT</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <source>&amp;Resume where you left off</source>
        <translation>&amp;Verdergaan waar je gebleven was</translation>
    </message>
    <message>
        <source>WORKSTATION CHECK</source>
        <translation>WERKPLEKCHECK</translation>
    </message>
    <message>
        <source>Is your desk set up to look after you?</source>
        <translation>Is je werkplek goed voor je ingericht?</translation>
    </message>
    <message>
        <source>%1 quick yes/no questions (%2 on a laptop used on its own), five minutes at most. Answer for the place you work most. You can stop at any time: your answers are kept.</source>
        <translation>%1 korte ja/nee-vragen (%2 als je alleen op een laptop werkt), hooguit vijf minuten. Antwoord voor de plek waar je het meest werkt. Je kunt altijd stoppen: je antwoorden worden bewaard.</translation>
    </message>
    <message>
        <source>Optional, for the report</source>
        <translation>Optioneel, voor het rapport</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Je &amp;naam:</translation>
    </message>
    <message>
        <source>You work on:</source>
        <translation>Je werkt op:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <source>Progress through the check</source>
        <translation>Voortgang van de check</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Afbeelding</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nee</translation>
    </message>
    <message>
        <source>Not &amp;applicable</source>
        <translation>Niet van &amp;toepassing</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Te&amp;rug</translation>
    </message>
    <message>
        <source>Save and finish &amp;later</source>
        <translation>Opslaan en &amp;later afmaken</translation>
    </message>
    <message>
        <source>WORKSTATION CHECK DONE</source>
        <translation>WERKPLEKCHECK KLAAR</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>A self-assessment supports, but does not replace, your employer&apos;s workstation assessment.</source>
        <translation>Een zelfbeoordeling ondersteunt de werkplekbeoordeling van je werkgever, maar vervangt die niet.</translation>
    </message>
    <message>
        <source>Start a &amp;new check</source>
        <translation>Een &amp;nieuwe check beginnen</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>&amp;Pdf exporteren...</translation>
    </message>
    <message>
        <source>Export &amp;JSON...</source>
        <translation>&amp;JSON exporteren...</translation>
    </message>
    <message>
        <source>%1  ·  QUESTION %2 OF %3</source>
        <translation>%1  ·  VRAAG %2 VAN %3</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>Waarom het uitmaakt: %1</translation>
    </message>
    <message>
        <source>If not: %1</source>
        <translation>Zo niet: %1</translation>
    </message>
    <message>
        <source>%1 of %2 fine. %3</source>
        <translation>%1 van %2 in orde. %3</translation>
    </message>
    <message>
        <source>Here is what to fix:</source>
        <translation>Dit kun je verbeteren:</translation>
    </message>
    <message>
        <source>Nothing to fix. Well set up!</source>
        <translation>Niets te verbeteren. Goed ingericht!</translation>
    </message>
    <message numerus="yes">
        <source>%n answers changed since your check on %1.</source>
        <translation>
            <numerusform>%n antwoord is veranderd sinds je check op %1.</numerusform>
            <numerusform>%n antwoorden zijn veranderd sinds je check op %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fine: %1</source>
        <translation>In orde: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>Who acts on: %1</source>
        <translation>Wie pakt het op: %1</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format (Qt QDate)</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Datum voor opvolging</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Pdf-rapport (*.pdf)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the workstation check</source>
        <translation>De werkplekcheck exporteren</translation>
    </message>
    <message>
        <source>DeskCoach - progress</source>
        <translation>DeskCoach - voortgang</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <extracomment>(label, bucket size, buckets): whole weeks and months, the last one so far</extracomment>
        <translation>Afgelopen 7 dagen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Afgelopen 30 dagen</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Afgelopen 12 weken</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Afgelopen 12 maanden</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>bar segments, bottom to top; their colours are the theme&apos;s `series`, in this order</extracomment>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Snoozed, then taken</source>
        <translation>Uitgesteld, daarna genomen</translation>
    </message>
    <message>
        <source>Natural (away)</source>
        <translation>Natuurlijk (weg)</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Gemist</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>as in `deskcoach stats`: Taken counts breaks, Compliance is the share of due breaks taken</extracomment>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>Natuurlijk</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Genomen</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Naleving</translation>
    </message>
    <message>
        <source>Longest stretch (min)</source>
        <translation>Langste periode zonder pauze (min)</translation>
    </message>
    <message>
        <source>Minutes moved</source>
        <translation>Minuten bewogen</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Je voortgang</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>T&amp;oon:</translation>
    </message>
    <message>
        <source>Drawing the charts...</source>
        <translation>Grafieken tekenen...</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Grafieken</translation>
    </message>
    <message>
        <source>Breaks per period, as a table, oldest first</source>
        <translation>Pauzes per periode, als tabel, oudste eerst</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabel</translation>
    </message>
    <message>
        <source>How the numbers are counted</source>
        <translation>Hoe de cijfers worden geteld</translation>
    </message>
    <message>
        <source>&amp;How it is counted</source>
        <translation>&amp;Hoe er geteld wordt</translation>
    </message>
    <message>
        <source>Body log</source>
        <translation>Lichaamslogboek</translation>
    </message>
    <message>
        <source>No breaks yet. After your first break, this is where you see how many you take each day, how long you go without one, and how you move. Take one now from the tray menu if you like.</source>
        <translation>Nog geen pauzes. Na je eerste pauze zie je hier hoeveel pauzes je per dag neemt, hoe lang je zonder pauze werkt en hoe je beweegt. Neem er gerust nu een via het menu in het systeemvak.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Vandaag, %1</translation>
    </message>
    <message>
        <source>This week, %1 to today</source>
        <translation>Deze week, %1 tot vandaag</translation>
    </message>
    <message>
        <source>This week (today)</source>
        <translation>Deze week (vandaag)</translation>
    </message>
    <message>
        <source>Streak, up to today</source>
        <translation>Reeks, tot en met vandaag</translation>
    </message>
    <message>
        <source>Moved this week</source>
        <translation>Deze week bewogen</translation>
    </message>
    <message>
        <source>Body regions this week</source>
        <translation>Lichaamsdelen deze week</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n breaks</source>
        <translation>
            <numerusform>%1 van %n pauze</numerusform>
            <numerusform>%1 van %n pauzes</numerusform>
        </translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format (Qt QDate)</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>taken of those due so far</source>
        <translation>genomen van de tot nu toe geplande</translation>
    </message>
    <message>
        <source>of due breaks taken; nothing to compare with last week</source>
        <translation>van de geplande pauzes genomen; geen vorige week om mee te vergelijken</translation>
    </message>
    <message>
        <source>nothing due yet this week</source>
        <translation>deze week nog niets gepland</translation>
    </message>
    <message numerus="yes">
        <source>%1 points against last week (%2)</source>
        <translation>
            <numerusform>%1 procentpunt ten opzichte van vorige week (%2)</numerusform>
            <numerusform>%1 procentpunten ten opzichte van vorige week (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>days in a row with %1 or more of due breaks taken; today joins at %1</source>
        <translation>dagen op rij met %1 of meer van de geplande pauzes genomen; vandaag telt mee vanaf %1</translation>
    </message>
    <message>
        <source>no day yet with %1 or more of due breaks taken; today joins at %1</source>
        <translation>nog geen dag met %1 of meer van de geplande pauzes genomen; vandaag telt mee vanaf %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>of exercise in completed breaks</source>
        <translation>aan oefeningen in voltooide pauzes</translation>
    </message>
    <message>
        <source> (so far)</source>
        <translation> (tot nu toe)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Reeks</translation>
    </message>
    <message>
        <source>Regions this week</source>
        <translation>Lichaamsdelen deze week</translation>
    </message>
    <message>
        <source>all but %1</source>
        <translation>alle behalve %1</translation>
    </message>
    <message>
        <source>all of them</source>
        <translation>allemaal</translation>
    </message>
    <message>
        <source> · %1 of due breaks taken</source>
        <translation> · %1 van de geplande pauzes genomen</translation>
    </message>
    <message>
        <source>No system tray was found on this desktop, so DeskCoach shows this small window instead. Closing it minimises it; use Quit to stop DeskCoach.</source>
        <translation>Er is geen systeemvak gevonden op dit bureaublad, dus DeskCoach toont in plaats daarvan dit kleine venster. Sluiten minimaliseert het; gebruik Afsluiten om DeskCoach te stoppen.</translation>
    </message>
    <message>
        <source>DeskCoach controls</source>
        <translation>DeskCoach-bediening</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Take a &amp;break now</source>
        <translation>Nu een pauze &amp;nemen</translation>
    </message>
    <message>
        <source>&amp;Pause 30 min</source>
        <translation>30 min &amp;pauzeren</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Hervatten</translation>
    </message>
    <message>
        <source>S&amp;kip next</source>
        <translation>&amp;Volgende overslaan</translation>
    </message>
    <message>
        <source>Pro&amp;gress...</source>
        <translation>Voort&amp;gang...</translation>
    </message>
    <message>
        <source>&amp;Checklist...</source>
        <translation>&amp;Checklist...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Instellingen...</translation>
    </message>
    <message>
        <source>When to get &amp;help...</source>
        <translation>Wanneer hulp &amp;zoeken...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>Illustratie</translation>
    </message>
    <message>
        <source>When to get help</source>
        <translation>Wanneer hulp zoeken</translation>
    </message>
    <message>
        <source>DeskCoach suggests gentle, general movements. It is not medical advice and cannot tell what is causing a symptom.</source>
        <translation>DeskCoach stelt rustige, algemene bewegingen voor. Het is geen medisch advies en kan niet zeggen wat een klacht veroorzaakt.</translation>
    </message>
    <message>
        <source>Get emergency care now</source>
        <translation>Zoek direct spoedhulp</translation>
    </message>
    <message>
        <source>Call your emergency number or go to an emergency department if you have:</source>
        <translation>Bel het alarmnummer of ga naar de spoedeisende hulp als je dit hebt:</translation>
    </message>
    <message>
        <source>loss of control of your bladder or bowels, or new trouble passing urine</source>
        <translation>verlies van controle over je blaas of darmen, of nieuwe moeite met plassen</translation>
    </message>
    <message>
        <source>numbness around your genitals, buttocks or inner thighs</source>
        <translation>een doof gevoel rond je geslachtsdelen, billen of de binnenkant van je dijen</translation>
    </message>
    <message>
        <source>weakness in your legs that is new or getting worse</source>
        <translation>zwakte in je benen die nieuw is of erger wordt</translation>
    </message>
    <message>
        <source>chest pain, with or without back pain</source>
        <translation>pijn op de borst, met of zonder rugpijn</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist soon</source>
        <translation>Ga binnenkort naar een huisarts of fysiotherapeut</translation>
    </message>
    <message>
        <source>Book an appointment in the next few days if you have:</source>
        <translation>Maak de komende dagen een afspraak als je dit hebt:</translation>
    </message>
    <message>
        <source>back pain with a fever, night sweats or feeling generally unwell</source>
        <translation>rugpijn met koorts, nachtzweten of je algemeen ziek voelen</translation>
    </message>
    <message>
        <source>weight loss you cannot explain</source>
        <translation>gewichtsverlies dat je niet kunt verklaren</translation>
    </message>
    <message>
        <source>pain at night that does not ease when you rest or change position</source>
        <translation>pijn &apos;s nachts die niet afneemt als je rust of van houding verandert</translation>
    </message>
    <message>
        <source>pain after a fall or accident</source>
        <translation>pijn na een val of ongeluk</translation>
    </message>
    <message>
        <source>pain that spreads below the knee, or numbness or tingling that spreads</source>
        <translation>pijn die uitstraalt tot onder de knie, of een doof gevoel of tintelingen die zich uitbreiden</translation>
    </message>
    <message>
        <source>pain that has changed your daily life for more than a week</source>
        <translation>pijn die je dagelijks leven al meer dan een week verandert</translation>
    </message>
    <message>
        <source>a second or third bout of the same pain within a year</source>
        <translation>een tweede of derde keer dezelfde pijn binnen een jaar</translation>
    </message>
    <message>
        <source>no progress after two weeks of regular, gentle movement</source>
        <translation>geen vooruitgang na twee weken regelmatig, rustig bewegen</translation>
    </message>
    <message>
        <source>Stop this exercise</source>
        <translation>Stop met deze oefening</translation>
    </message>
    <message>
        <source>Stop the movement, rest, and try a gentler one another time if it brings:</source>
        <translation>Stop de beweging, rust uit en probeer een andere keer een rustigere als het dit geeft:</translation>
    </message>
    <message>
        <source>pain, or pain that climbs as you go on</source>
        <translation>pijn, of pijn die toeneemt terwijl je doorgaat</translation>
    </message>
    <message>
        <source>tingling or numbness, or symptoms spreading into an arm or leg</source>
        <translation>tintelingen of een doof gevoel, of klachten die naar een arm of been uitstralen</translation>
    </message>
    <message>
        <source>dizziness or light-headedness</source>
        <translation>duizeligheid of een licht gevoel in je hoofd</translation>
    </message>
    <message>
        <source>After recent surgery or an injury, or during pregnancy, ask a clinician which movements suit you before you start.</source>
        <translation>Vraag na een recente operatie of blessure, of tijdens een zwangerschap, een zorgverlener welke bewegingen bij je passen voordat je begint.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Bronnen:</translation>
    </message>
    <message>
        <source>DeskCoach - a break is coming</source>
        <translation>DeskCoach - er komt een pauze aan</translation>
    </message>
    <message>
        <source>A movement break is coming</source>
        <translation>Er komt een beweegpauze aan</translation>
    </message>
    <message>
        <source>Finish what you are doing; a short movement break is coming.</source>
        <translation>Rond af waar je mee bezig bent; er komt een korte beweegpauze aan.</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>Nu &amp;beginnen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;In %n minutes</source>
        <translation>
            <numerusform>&amp;Over %n minuut</numerusform>
            <numerusform>&amp;Over %n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put the break off for %n minutes</source>
        <translation>
            <numerusform>De pauze %n minuut uitstellen</numerusform>
            <numerusform>De pauze %n minuten uitstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Movement break in %1</source>
        <translation>Beweegpauze over %1</translation>
    </message>
    <message>
        <source>Breathing pace</source>
        <translation>Ademtempo</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Adem in</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Adem uit</translation>
    </message>
    <message>
        <source>BEFORE THIS EXERCISE</source>
        <translation>VOOR DEZE OEFENING</translation>
    </message>
    <message>
        <source>ABOUT THIS EXERCISE</source>
        <translation>OVER DEZE OEFENING</translation>
    </message>
    <message>
        <source>Check that it suits you</source>
        <translation>Controleer of deze oefening bij je past</translation>
    </message>
    <message>
        <source>&amp;Back to the exercise</source>
        <translation>&amp;Terug naar de oefening</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>DeskCoach - when to get help</source>
        <translation>DeskCoach - wanneer hulp zoeken</translation>
    </message>
    <message>
        <source>A movement break is on your other screen.</source>
        <translation>Er staat een beweegpauze op je andere scherm.</translation>
    </message>
    <message>
        <source>DeskCoach - break on another screen</source>
        <translation>DeskCoach - pauze op een ander scherm</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <extracomment>the settings whose spin boxes show a unit around the number (see _unit_words) groups with a tab of their own; the rest share &quot;Breaks&quot;</extracomment>
        <translation>&amp;Pauzes</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>&amp;Oefeningen</translation>
    </message>
    <message>
        <source>Smart &amp;timing</source>
        <translation>Slimme &amp;timing</translation>
    </message>
    <message>
        <source>&amp;Workstation check</source>
        <translation>&amp;Werkplekcheck</translation>
    </message>
    <message>
        <source>E&amp;ye breaks and routines</source>
        <translation>Oogpauzes en &amp;routines</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>W&amp;eergave</translation>
    </message>
    <message>
        <source>Include both</source>
        <translation>Beide meenemen</translation>
    </message>
    <message>
        <source>Leave out forward bends</source>
        <translation>Vooroverbuigen weglaten</translation>
    </message>
    <message>
        <source>Leave out backward bends</source>
        <translation>Achteroverbuigen weglaten</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Bureaublad volgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Chime</source>
        <translation>Klokkenspel</translation>
    </message>
    <message>
        <source>Bell</source>
        <translation>Bel</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>Zacht</translation>
    </message>
    <message>
        <source>The screen with the pointer</source>
        <translation>Het scherm met de aanwijzer</translation>
    </message>
    <message>
        <source>The main screen</source>
        <translation>Het hoofdscherm</translation>
    </message>
    <message>
        <source>All screens (a calm panel on the others)</source>
        <translation>Alle schermen (een rustig paneel op de andere)</translation>
    </message>
    <message>
        <source>DeskCoach settings</source>
        <extracomment>each language in its own words, never translated (a reader looks for their own)</extracomment>
        <translation>DeskCoach-instellingen</translation>
    </message>
    <message>
        <source>What stops the settings from being saved</source>
        <translation>Wat het opslaan van de instellingen tegenhoudt</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>Ingesteld door je organisatie</translation>
    </message>
    <message>
        <source> (set by your organisation)</source>
        <translation> (ingesteld door je organisatie)</translation>
    </message>
    <message>
        <source>always</source>
        <translation>altijd</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>Toegestaan: %1</translation>
    </message>
    <message>
        <source>%1 on the %2 tab: %3</source>
        <translation>%1 op het tabblad %2: %3</translation>
    </message>
    <message>
        <source>Not saved yet. </source>
        <translation>Nog niet opgeslagen. </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozes</source>
        <translation>
            <numerusform>%n keer</numerusform>
            <numerusform>%n keer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skips</source>
        <translation>
            <numerusform>%n pauze</numerusform>
            <numerusform>%n pauzes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>minder dan een minuut</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>ddd dd MMM HH:mm</source>
        <comment>date format (Qt QDateTime)</comment>
        <translation>ddd dd MMM HH:mm</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <comment>date format (Qt QDate)</comment>
        <translation>dd MMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format (Qt QDate)</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <comment>date format (Qt QDate)</comment>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <source>Break waiting until your meeting ends</source>
        <translation>Pauze wacht tot je vergadering voorbij is</translation>
    </message>
    <message>
        <source>Break waiting until the full-screen app closes</source>
        <translation>Pauze wacht tot de app op volledig scherm sluit</translation>
    </message>
    <message>
        <source>You are away: the timer is stopped</source>
        <translation>Je bent weg: de timer staat stil</translation>
    </message>
    <message>
        <source>Screen locked: the timer is stopped</source>
        <translation>Scherm vergrendeld: de timer staat stil</translation>
    </message>
    <message>
        <source>Outside your working hours</source>
        <translation>Buiten je werktijden</translation>
    </message>
    <message>
        <source>On a movement break</source>
        <translation>Met een beweegpauze bezig</translation>
    </message>
    <message>
        <source>Outside your working hours, back at %1</source>
        <translation>Buiten je werktijden (tot %1)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Gepauzeerd tot %1</translation>
    </message>
    <message>
        <source>Snoozed: break in %1</source>
        <translation>Uitgesteld: pauze over %1</translation>
    </message>
    <message>
        <source>Next break in %1</source>
        <translation>Volgende pauze over %1</translation>
    </message>
    <message>
        <source>&amp;30 minutes</source>
        <translation>&amp;30 minuten</translation>
    </message>
    <message>
        <source>&amp;1 hour</source>
        <translation>&amp;1 uur</translation>
    </message>
    <message>
        <source>&amp;Until tomorrow</source>
        <translation>&amp;Tot morgen</translation>
    </message>
    <message>
        <source>DeskCoach menu</source>
        <translation>DeskCoach-menu</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pauzeren</translation>
    </message>
    <message>
        <source>S&amp;kip next break</source>
        <translation>&amp;Volgende pauze overslaan</translation>
    </message>
    <message>
        <source>S&amp;kip this break</source>
        <translation>&amp;Deze pauze overslaan</translation>
    </message>
    <message>
        <source>Eye break</source>
        <translation>Oogpauze</translation>
    </message>
    <message numerus="yes">
        <source>Look at something at least 6 metres away for %n seconds, and blink slowly a few times.</source>
        <translation>
            <numerusform>Kijk %n seconde naar iets op minstens 6 meter afstand en knipper een paar keer langzaam.</numerusform>
            <numerusform>Kijk %n seconden naar iets op minstens 6 meter afstand en knipper een paar keer langzaam.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your check-ins are health data. They stay in your own profile on this computer and in the exports you make yourself; nothing your organisation can collect reads them.</source>
        <translation>Je check-ins zijn gezondheidsgegevens. Ze blijven in je eigen profiel op deze computer en in de exports die je zelf maakt; niets wat je organisatie kan verzamelen leest ze.</translation>
    </message>
    <message>
        <source>Export log as &amp;PDF...</source>
        <translation>Logboek als &amp;pdf exporteren...</translation>
    </message>
    <message>
        <source>A one-page summary of your check-ins to take to a doctor or physiotherapist</source>
        <translation>Een samenvatting van één pagina van je check-ins om mee te nemen naar een huisarts of fysiotherapeut</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>S&amp;tart programme</source>
        <translation>Programma &amp;starten</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>No check-ins in this period. After a break, tell DeskCoach how it felt; your answers draw these lines.</source>
        <translation>Geen check-ins in deze periode. Vertel DeskCoach na een pauze hoe het ging; je antwoorden vormen deze lijnen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n weeks)</source>
        <translation>
            <numerusform>%1 (%n week)</numerusform>
            <numerusform>%1 (%n weken)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 - suggested: %2</source>
        <translation>%1 - aanbevolen: %2</translation>
    </message>
    <message>
        <source>No programme is running: breaks draw from every exercise.</source>
        <translation>Er loopt geen programma: pauzes kiezen uit alle oefeningen.</translation>
    </message>
    <message>
        <source>%1, phase %3 (%4). %5.</source>
        <translation>%1, fase %3 (%4). %5.</translation>
    </message>
    <message>
        <source>Levels: every exercise at its usual dose so far. Answer the morning question and levels move with your mornings.</source>
        <translation>Niveaus: tot nu toe elke oefening op de gewone dosis. Beantwoord de ochtendvraag, dan bewegen de niveaus mee met je ochtenden.</translation>
    </message>
    <message>
        <source>%1 - %2: now %3. %4.</source>
        <translation>%1 - %2: nu %3. %4.</translation>
    </message>
    <message>
        <source>Level changes</source>
        <translation>Niveauwijzigingen</translation>
    </message>
    <message>
        <source>Saved the log as %1: take it along to a doctor or physiotherapist.</source>
        <translation>Logboek opgeslagen als %1: neem het mee naar je huisarts of fysiotherapeut.</translation>
    </message>
    <message>
        <source>Export log as PDF</source>
        <translation>Logboek als pdf exporteren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <source>Discomfort (0-10)</source>
        <translation>Ongemak (0-10)</translation>
    </message>
    <message>
        <source>Longest sitting (min)</source>
        <translation>Langst gezeten (min)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Daily average</source>
        <translation>Daggemiddelde</translation>
    </message>
    <message>
        <source>Mornings</source>
        <translation>Ochtenden</translation>
    </message>
    <message>
        <source>keep all settings and data under DIR (portable mode)</source>
        <extracomment>CLI command -&gt; control-protocol command, for commands handed to the running app</extracomment>
        <translation>alle instellingen en gegevens in DIR bewaren (draagbare modus)</translation>
    </message>
    <message>
        <source>run every duration N times faster (demos and tests)</source>
        <translation>elke duur N keer sneller laten lopen (demo&apos;s en tests)</translation>
    </message>
    <message>
        <source>the language to use: %1 (default: the `language` setting, else the desktop&apos;s)</source>
        <translation>de taal die je wilt gebruiken: %1 (standaard: de instelling `language`, anders die van het bureaublad)</translation>
    </message>
    <message>
        <source>A calm tray coach for movement breaks. With no command, starts the app.</source>
        <translation>Een rustige coach in het systeemvak voor beweegpauzes. Zonder opdracht start de app.</translation>
    </message>
    <message>
        <source>start the tray app (the default)</source>
        <translation>de app in het systeemvak starten (standaard)</translation>
    </message>
    <message>
        <source>what the running app is doing</source>
        <translation>wat de draaiende app aan het doen is</translation>
    </message>
    <message>
        <source>take a break now</source>
        <translation>nu een pauze nemen</translation>
    </message>
    <message>
        <source>with this exercise (see `exercises`)</source>
        <translation>met deze oefening (zie `exercises`)</translation>
    </message>
    <message>
        <source>pause breaks (30m, 1h, tomorrow)</source>
        <translation>pauzes pauzeren (30m, 1h, tomorrow)</translation>
    </message>
    <message>
        <source>30m, 1h, 1h30m ... up to 24h, or tomorrow</source>
        <translation>30m, 1h, 1h30m ... tot 24h, of tomorrow</translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation>een pauzering beëindigen</translation>
    </message>
    <message>
        <source>skip the break on screen, or else the next one</source>
        <translation>de pauze op het scherm overslaan, of anders de volgende</translation>
    </message>
    <message>
        <source>snooze the break on screen</source>
        <translation>de pauze op het scherm uitstellen</translation>
    </message>
    <message>
        <source>finish the break on screen</source>
        <translation>de pauze op het scherm afronden</translation>
    </message>
    <message>
        <source>swap the exercise on screen for another</source>
        <translation>de oefening op het scherm door een andere vervangen</translation>
    </message>
    <message>
        <source>open a window of the running app</source>
        <translation>een venster van de draaiende app openen</translation>
    </message>
    <message>
        <source>which detectors work on this desktop</source>
        <translation>welke detectoren op dit bureaublad werken</translation>
    </message>
    <message>
        <source>when to get help: emergency now, a clinician soon, or stop</source>
        <translation>wanneer hulp zoeken: nu spoedhulp, binnenkort een zorgverlener, of stoppen</translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation>de draaiende app afsluiten</translation>
    </message>
    <message>
        <source>list the exercise catalogue</source>
        <translation>de oefeningencatalogus tonen</translation>
    </message>
    <message>
        <source>print one exercise</source>
        <translation>één oefening tonen</translation>
    </message>
    <message>
        <source>draw an exercise&apos;s key poses as a PNG contact sheet</source>
        <translation>de kernhoudingen van een oefening tekenen als PNG-contactvel</translation>
    </message>
    <message>
        <source>every exercise, one PNG each</source>
        <translation>elke oefening, één PNG per oefening</translation>
    </message>
    <message>
        <source>the PNG file (with an ID) or the folder (with --all)</source>
        <translation>het PNG-bestand (met een ID) of de map (met --all)</translation>
    </message>
    <message>
        <source>the workstation checklist</source>
        <translation>de werkplekchecklist</translation>
    </message>
    <message>
        <source>list the questions</source>
        <translation>de vragen tonen</translation>
    </message>
    <message>
        <source>export an assessment</source>
        <translation>een beoordeling exporteren</translation>
    </message>
    <message>
        <source>organisation policy</source>
        <translation>beleid van de organisatie</translation>
    </message>
    <message>
        <source>the effective policy and its sources</source>
        <translation>het geldende beleid en waar het vandaan komt</translation>
    </message>
    <message>
        <source>try a policy folder laid out like /etc/deskcoach instead (only this command reads it)</source>
        <translation>in plaats daarvan een beleidsmap proberen die is ingedeeld als /etc/deskcoach (alleen deze opdracht leest hem)</translation>
    </message>
    <message>
        <source>check a policy file, or every file of a policy folder</source>
        <translation>een beleidsbestand controleren, of elk bestand in een beleidsmap</translation>
    </message>
    <message>
        <source>every policy file in DIR, laid out like /etc/deskcoach</source>
        <translation>elk beleidsbestand in DIR, ingedeeld als /etc/deskcoach</translation>
    </message>
    <message>
        <source>breaks per day</source>
        <translation>pauzes per dag</translation>
    </message>
    <message>
        <source>the last N days (default 7)</source>
        <translation>de laatste N dagen (standaard 7)</translation>
    </message>
    <message>
        <source>the dashboard&apos;s headline figures, over all of the history</source>
        <translation>de kerncijfers van het dashboard, over de hele geschiedenis</translation>
    </message>
    <message>
        <source>the last day shown (default today)</source>
        <translation>de laatst getoonde dag (standaard vandaag)</translation>
    </message>
    <message>
        <source>write all your data to a JSON file</source>
        <translation>al je gegevens naar een JSON-bestand schrijven</translation>
    </message>
    <message>
        <source>merge an export into this profile</source>
        <translation>een export in dit profiel samenvoegen</translation>
    </message>
    <message>
        <source>show, set or check settings</source>
        <translation>instellingen tonen, wijzigen of controleren</translation>
    </message>
    <message>
        <source>every effective value and its source</source>
        <translation>elke geldende waarde en waar die vandaan komt</translation>
    </message>
    <message>
        <source>set KEY to VALUE (applied live)</source>
        <translation>KEY op VALUE zetten (direct toegepast)</translation>
    </message>
    <message>
        <source>check a settings file</source>
        <translation>een instellingenbestand controleren</translation>
    </message>
    <message>
        <source>log how your body feels now</source>
        <translation>vastleggen hoe je lichaam nu voelt</translation>
    </message>
    <message>
        <source>pain or discomfort, 0-10</source>
        <translation>pijn of ongemak, 0-10</translation>
    </message>
    <message>
        <source>the exercise it is about</source>
        <translation>de oefening waar het om gaat</translation>
    </message>
    <message>
        <source>morning: how it feels on waking (paces the plan)</source>
        <translation>ochtend: hoe het voelt bij het wakker worden (bepaalt het tempo van het plan)</translation>
    </message>
    <message>
        <source>a warning sign you notice (shows when to get help)</source>
        <translation>een waarschuwingssignaal dat je merkt (toont wanneer je hulp moet zoeken)</translation>
    </message>
    <message>
        <source>a few words of your own</source>
        <translation>een paar woorden van jezelf</translation>
    </message>
    <message>
        <source>your check-ins and plan changes</source>
        <translation>je check-ins en planwijzigingen</translation>
    </message>
    <message>
        <source>the last N days (default 14)</source>
        <translation>de laatste N dagen (standaard 14)</translation>
    </message>
    <message>
        <source>write a one-page PDF to take to a clinician instead</source>
        <translation>in plaats daarvan een pdf van één pagina schrijven om mee te nemen naar een zorgverlener</translation>
    </message>
    <message>
        <source>multi-week programmes</source>
        <translation>programma&apos;s van meerdere weken</translation>
    </message>
    <message>
        <source>the programmes</source>
        <translation>de programma&apos;s</translation>
    </message>
    <message>
        <source>one programme&apos;s phases</source>
        <translation>de fasen van een programma</translation>
    </message>
    <message>
        <source>start a programme</source>
        <translation>een programma starten</translation>
    </message>
    <message>
        <source>stop the running one</source>
        <translation>het lopende programma stoppen</translation>
    </message>
    <message>
        <source>the running programme, its phase and week</source>
        <translation>het lopende programma, de fase en de week</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 is geen getal</translation>
    </message>
    <message>
        <source>the time scale must be above 0 and at most 100000</source>
        <translation>de tijdschaal moet groter zijn dan 0 en hoogstens 100000</translation>
    </message>
    <message>
        <source>DeskCoach will not use this profile: %1.</source>
        <translation>DeskCoach gebruikt dit profiel niet: %1.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positionele argumenten</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>deze hulptekst tonen en afsluiten</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>het versienummer van het programma tonen en afsluiten</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fout: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ongeldige %(type)s-waarde: %(value)r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>de volgende argumenten zijn verplicht: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>onbekende argumenten: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>verwachtte één argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>verwachtte minstens één argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>verwachtte hoogstens één argument</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>niet toegestaan samen met argument %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>een van de argumenten %s is verplicht</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>dubbelzinnige optie: %(option)s kan overeenkomen met %(matches)s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>kan &apos;%(filename)s&apos; niet openen: %(error)s</translation>
    </message>
    <message numerus="yes">
        <source>After %n weeks your discomfort has not eased (about %1/10 then, %2/10 this week). Please see a doctor or physiotherapist; take your log along (Export log as PDF in the Body log, or `deskcoach log --pdf FILE`).</source>
        <translation>
            <numerusform>Na %n week is je ongemak niet afgenomen (toen ongeveer %1/10, deze week %2/10). Ga naar een huisarts of fysiotherapeut en neem je logboek mee (Logboek als pdf exporteren in het Lichaamslogboek, of `deskcoach log --pdf FILE`).</numerusform>
            <numerusform>Na %n weken is je ongemak niet afgenomen (toen ongeveer %1/10, deze week %2/10). Ga naar een huisarts of fysiotherapeut en neem je logboek mee (Logboek als pdf exporteren in het Lichaamslogboek, of `deskcoach log --pdf FILE`).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks without improvement (about %1/10 then, %2/10 this week): time to change something, such as another programme, easier levels or a different time of day.</source>
        <translation>
            <numerusform>%n week zonder verbetering (toen ongeveer %1/10, deze week %2/10): tijd om iets te veranderen, zoals een ander programma, lichtere niveaus of een ander moment van de dag.</numerusform>
            <numerusform>%n weken zonder verbetering (toen ongeveer %1/10, deze week %2/10): tijd om iets te veranderen, zoals een ander programma, lichtere niveaus of een ander moment van de dag.</numerusform>
        </translation>
    </message>
    <message>
        <source>easier</source>
        <extracomment>How the levels are named when an exercise has the usual three; more are numbered.</extracomment>
        <translation>lichter</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standaard</translation>
    </message>
    <message>
        <source>harder</source>
        <translation>zwaarder</translation>
    </message>
    <message>
        <source>hardest</source>
        <translation>zwaarst</translation>
    </message>
    <message>
        <source>gentlest</source>
        <translation>lichtst</translation>
    </message>
    <message>
        <source>Left out until %1: it raised your pain; other exercises cover its regions</source>
        <translation>Weggelaten tot %1: het verhoogde je pijn; andere oefeningen dekken dezelfde lichaamsdelen</translation>
    </message>
    <message>
        <source>Back in the plan, one level easier (%1): its time out is over</source>
        <translation>Terug in het plan, één niveau lichter (%1): de rustperiode is voorbij</translation>
    </message>
    <message>
        <source>Holding: it took your pain to %1/10; waiting to see how the next morning feels</source>
        <translation>Afwachten: het bracht je pijn naar %1/10; we kijken hoe de volgende ochtend voelt</translation>
    </message>
    <message>
        <source>Left out for a week: it took your pain to %1/10 and the next morning was still worse than usual (%2 against %3)</source>
        <translation>Een week weggelaten: het bracht je pijn naar %1/10 en de volgende ochtend was nog slechter dan normaal (%2 tegenover %3)</translation>
    </message>
    <message numerus="yes">
        <source>Holding at the easiest level: your mornings were worse than usual for %n days running</source>
        <translation>
            <numerusform>Blijft op het lichtste niveau: je ochtenden waren %n dag op rij slechter dan normaal</numerusform>
            <numerusform>Blijft op het lichtste niveau: je ochtenden waren %n dagen op rij slechter dan normaal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step back to %1: your mornings were worse than usual for %n days running</source>
        <translation>
            <numerusform>Terug naar %1: je ochtenden waren %n dag op rij slechter dan normaal</numerusform>
            <numerusform>Terug naar %1: je ochtenden waren %n dagen op rij slechter dan normaal</numerusform>
        </translation>
    </message>
    <message>
        <source>Holding: it took your pain to %1/10 on %2; it settled by the next morning, so it stays at this level a few days more</source>
        <translation>Afwachten: het bracht je pijn op %2 naar %1/10; de volgende ochtend was het weer rustig, dus het blijft nog een paar dagen op dit niveau</translation>
    </message>
    <message numerus="yes">
        <source>Level up to %1: your mornings stayed the same or better for %n days</source>
        <translation>
            <numerusform>Omhoog naar %1: je ochtenden bleven %n dag gelijk of beter</numerusform>
            <numerusform>Omhoog naar %1: je ochtenden bleven %n dagen gelijk of beter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Holding at the hardest level: your mornings stayed the same or better for %n days</source>
        <translation>
            <numerusform>Blijft op het zwaarste niveau: je ochtenden bleven %n dag gelijk of beter</numerusform>
            <numerusform>Blijft op het zwaarste niveau: je ochtenden bleven %n dagen gelijk of beter</numerusform>
        </translation>
    </message>
    <message>
        <source>Holding: a recent morning was worse than usual; waiting for it to settle</source>
        <translation>Afwachten: een recente ochtend was slechter dan normaal; we wachten tot het weer rustig is</translation>
    </message>
    <message numerus="yes">
        <source>Holding: %1 of %n steady mornings so far (answer the morning question to move on)</source>
        <translation>
            <numerusform>Afwachten: %1 van %n stabiele ochtend tot nu toe (beantwoord de ochtendvraag om verder te gaan)</numerusform>
            <numerusform>Afwachten: %1 van %n stabiele ochtenden tot nu toe (beantwoord de ochtendvraag om verder te gaan)</numerusform>
        </translation>
    </message>
    <message>
        <source>wrist and hand</source>
        <translation>pols en hand</translation>
    </message>
    <message>
        <source>low back</source>
        <translation>onderrug</translation>
    </message>
    <message>
        <source>Calm things down</source>
        <translation>Tot rust brengen</translation>
    </message>
    <message>
        <source>Neck and upper back for screen work</source>
        <translation>Nek en bovenrug bij beeldschermwerk</translation>
    </message>
    <message>
        <source>Ease a stiff neck and rounded shoulders, then build upper-back endurance.</source>
        <translation>Maak een stijve nek en ronde schouders losser en bouw daarna uithoudingsvermogen in je bovenrug op.</translation>
    </message>
    <message>
        <source>Small, easy movements that feel good.</source>
        <translation>Kleine, makkelijke bewegingen die goed voelen.</translation>
    </message>
    <message>
        <source>Patterning</source>
        <translation>Het patroon leren</translation>
    </message>
    <message>
        <source>Sit tall with the head over the shoulders.</source>
        <translation>Zit rechtop met je hoofd boven je schouders.</translation>
    </message>
    <message>
        <source>Build capacity</source>
        <translation>Belastbaarheid opbouwen</translation>
    </message>
    <message>
        <source>Hold good positions for longer.</source>
        <translation>Houd goede houdingen langer vol.</translation>
    </message>
    <message>
        <source>Low back: breathe, brace and hinge</source>
        <translation>Onderrug: ademen, aanspannen en heupscharnier</translation>
    </message>
    <message>
        <source>Settle the low back, learn to breathe, brace and hinge, then build strength.</source>
        <translation>Breng je onderrug tot rust, leer ademen, aanspannen en het heupscharnier, en bouw daarna kracht op.</translation>
    </message>
    <message>
        <source>Gentle movement and walking; find the directions that ease it.</source>
        <translation>Rustig bewegen en wandelen; zoek de richtingen die verlichting geven.</translation>
    </message>
    <message>
        <source>Breathe, brace, hinge</source>
        <translation>Ademen, aanspannen, scharnieren</translation>
    </message>
    <message>
        <source>Bend from the hips with the back in one line.</source>
        <translation>Buig vanuit je heupen met je rug op één lijn.</translation>
    </message>
    <message>
        <source>More hinges and stands, with steady breathing.</source>
        <translation>Meer heupscharnieren en opstaan, met een rustige ademhaling.</translation>
    </message>
    <message>
        <source>Resilience</source>
        <translation>Veerkracht</translation>
    </message>
    <message>
        <source>Keep moving through busy days.</source>
        <translation>Blijf bewegen op drukke dagen.</translation>
    </message>
    <message>
        <source>Wrists and forearms for keyboard and mouse work</source>
        <translation>Polsen en onderarmen bij werken met toetsenbord en muis</translation>
    </message>
    <message>
        <source>Glide the tendons, stretch the forearms and free the shoulders that drive them.</source>
        <translation>Laat de pezen glijden, rek je onderarmen en maak de schouders los die ze aansturen.</translation>
    </message>
    <message>
        <source>Easy finger and shoulder movement.</source>
        <translation>Makkelijke bewegingen van vingers en schouders.</translation>
    </message>
    <message>
        <source>Glide and stretch</source>
        <translation>Glijden en rekken</translation>
    </message>
    <message>
        <source>Gentle forearm stretches, no pins and needles.</source>
        <translation>Rustige rekoefeningen voor de onderarmen, zonder tintelingen.</translation>
    </message>
    <message>
        <source>Stretch the chest and upper back as well.</source>
        <translation>Rek ook je borst en bovenrug.</translation>
    </message>
    <message>
        <source>Sit less: stand and walk</source>
        <translation>Minder zitten: sta op en loop</translation>
    </message>
    <message>
        <source>Break up long sitting with stands, marches and short walks.</source>
        <translation>Onderbreek lang zitten met opstaan, marcheren en korte wandelingen.</translation>
    </message>
    <message>
        <source>Break up sitting</source>
        <translation>Zitten onderbreken</translation>
    </message>
    <message>
        <source>Move your legs every break.</source>
        <translation>Beweeg je benen in elke pauze.</translation>
    </message>
    <message>
        <source>Stand and walk</source>
        <translation>Staan en lopen</translation>
    </message>
    <message>
        <source>Get up and walk a little every break.</source>
        <translation>Sta op en loop elke pauze een stukje.</translation>
    </message>
    <message>
        <source>Phase %1 of %2 (%3)</source>
        <translation>Fase %1 van %2 (%3)</translation>
    </message>
    <message>
        <source>%1: day %2 of %3</source>
        <translation>%1: dag %2 van %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: staying, as your mornings were worse than usual for %n days running</source>
        <translation>
            <numerusform>%1: blijft, omdat je ochtenden %n dag op rij slechter waren dan normaal</numerusform>
            <numerusform>%1: blijft, omdat je ochtenden %n dagen op rij slechter waren dan normaal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: moves on after %n steady mornings in a row (answer the morning question)</source>
        <translation>
            <numerusform>%1: gaat verder na %n stabiele ochtend op rij (beantwoord de ochtendvraag)</numerusform>
            <numerusform>%1: gaat verder na %n stabiele ochtenden op rij (beantwoord de ochtendvraag)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is complete: well done</source>
        <translation>%1 is voltooid: goed gedaan</translation>
    </message>
    <message numerus="yes">
        <source>Next phase, %1: your mornings stayed the same or better for %n days</source>
        <translation>
            <numerusform>Volgende fase, %1: je ochtenden bleven %n dag gelijk of beter</numerusform>
            <numerusform>Volgende fase, %1: je ochtenden bleven %n dagen gelijk of beter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins with %1 discomfort lately</source>
        <translation>
            <numerusform>%n recente check-in met ongemak (%1)</numerusform>
            <numerusform>%n recente check-ins met ongemak (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checklist items %1</source>
        <translation>
            <numerusform>checklistpunt %1</numerusform>
            <numerusform>checklistpunten %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New trouble passing urine, or losing control of your bladder or bowel</source>
        <translation>Nieuwe moeite met plassen, of verlies van controle over je blaas of darmen</translation>
    </message>
    <message>
        <source>Numbness between your legs, around your bottom or inner thighs</source>
        <translation>Een doof gevoel tussen je benen, rond je billen of aan de binnenkant van je dijen</translation>
    </message>
    <message>
        <source>Legs that are newly or increasingly weak</source>
        <translation>Benen die sinds kort of steeds meer verzwakken</translation>
    </message>
    <message>
        <source>Back pain together with chest pain</source>
        <translation>Rugpijn samen met pijn op de borst</translation>
    </message>
    <message>
        <source>Fever or night sweats along with back pain</source>
        <translation>Koorts of nachtzweten samen met rugpijn</translation>
    </message>
    <message>
        <source>Weight loss you cannot explain</source>
        <translation>Gewichtsverlies dat je niet kunt verklaren</translation>
    </message>
    <message>
        <source>Pain at night that does not ease when you rest</source>
        <translation>Pijn &apos;s nachts die niet afneemt als je rust</translation>
    </message>
    <message>
        <source>Pain that began with a fall, accident or other hard knock</source>
        <translation>Pijn die begon met een val, ongeluk of andere harde klap</translation>
    </message>
    <message>
        <source>Pain shooting down below the knee</source>
        <translation>Pijn die tot onder de knie schiet</translation>
    </message>
    <message>
        <source>Numbness or tingling that is spreading</source>
        <translation>Een doof gevoel of tintelingen die zich uitbreiden</translation>
    </message>
    <message>
        <source>Pain that has changed your daily life for more than a week</source>
        <translation>Pijn die je dagelijks leven al meer dan een week verandert</translation>
    </message>
    <message>
        <source>A second or third bout of this pain within a year</source>
        <translation>Een tweede of derde keer deze pijn binnen een jaar</translation>
    </message>
    <message>
        <source>Pain that keeps climbing, tingling, numbness or dizziness during an exercise</source>
        <translation>Pijn die blijft toenemen, tintelingen, een doof gevoel of duizeligheid tijdens een oefening</translation>
    </message>
    <message>
        <source>Call an ambulance or go to an emergency department now if</source>
        <translation>Bel een ambulance of ga nu naar de spoedeisende hulp als</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist in the next few days if</source>
        <translation>Ga de komende dagen naar een huisarts of fysiotherapeut als</translation>
    </message>
    <message>
        <source>Stop the exercise, and leave it out until you have asked a clinician, if you notice</source>
        <translation>Stop de oefening en laat haar weg tot je een zorgverlener hebt gevraagd, als je dit merkt</translation>
    </message>
    <message>
        <source>DeskCoach offers general movement guidance; it cannot tell what causes your pain. Sources: NHS, Back pain (2023).</source>
        <translation>DeskCoach geeft algemene adviezen over bewegen; het kan niet zeggen wat je pijn veroorzaakt. Bronnen: NHS, Back pain (2023).</translation>
    </message>
    <message>
        <source>This self-assessment supports, but does not replace, the workstation assessment your employer carries out. Report aches, tingling or eye strain to your manager or assessor.</source>
        <translation>Deze zelfbeoordeling ondersteunt de werkplekbeoordeling die je werkgever uitvoert, maar vervangt die niet. Meld pijn, tintelingen of vermoeide ogen bij je leidinggevende of de beoordelaar.</translation>
    </message>
    <message>
        <source>Answers</source>
        <extracomment>the report&apos;s fixed words, translated when the report is made</extracomment>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Niet beantwoord</translation>
    </message>
    <message>
        <source>Nothing to fix.</source>
        <translation>Niets te verbeteren.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Gedaan %1</translation>
    </message>
    <message>
        <source>Workstation self-assessment</source>
        <translation>Zelfbeoordeling van de werkplek</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>Opvolgen vóór</translation>
    </message>
    <message>
        <source>For the assessor</source>
        <translation>Voor de beoordelaar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Assessor&apos;s name</source>
        <translation>Naam van de beoordelaar</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Generated by DeskCoach; the questions are DeskCoach&apos;s own wording, based on the sources above.</source>
        <translation>Gemaakt door DeskCoach; de vragen zijn in DeskCoachs eigen woorden, gebaseerd op de bronnen hierboven.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n applicable points fine, %2 to act on</source>
        <translation>
            <numerusform>%1 van %n toepasselijk punt in orde, %2 om aan te pakken</numerusform>
            <numerusform>%1 van %n toepasselijke punten in orde, %2 om aan te pakken</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Workstation self-assessment, made with DeskCoach</source>
        <translation>Zelfbeoordeling van de werkplek, gemaakt met DeskCoach</translation>
    </message>
    <message>
        <source>Name not given</source>
        <translation>Naam niet opgegeven</translation>
    </message>
    <message>
        <source>Desktop computer</source>
        <translation>Desktopcomputer</translation>
    </message>
    <message>
        <source>Laptop on its own</source>
        <translation>Alleen een laptop</translation>
    </message>
    <message>
        <source>Laptop with separate screen and keyboard</source>
        <translation>Laptop met los scherm en toetsenbord</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Geweigerd: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Logged %1/10 (%2) at %3.</source>
        <translation>Vastgelegd: %1/10 (%2) om %3.</translation>
    </message>
    <message>
        <source>Logged %1/10 at %2.</source>
        <translation>Vastgelegd: %1/10 om %2.</translation>
    </message>
    <message>
        <source>
Your answer matches a warning sign:</source>
        <translation>
Je antwoord komt overeen met een waarschuwingssignaal:</translation>
    </message>
    <message>
        <source>
When to get help</source>
        <translation>
Wanneer hulp zoeken</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>--days must be a whole number of days from 1 to %1, not %2</source>
        <translation>--days moet een geheel aantal dagen zijn van 1 tot %1, niet %2</translation>
    </message>
    <message>
        <source>No check-ins in the last %1 days. `deskcoach checkin --pain N` adds one.</source>
        <translation>Geen check-ins in de afgelopen %1 dagen. `deskcoach checkin --pain N` voegt er een toe.</translation>
    </message>
    <message>
        <source>
Plan changes</source>
        <translation>
Planwijzigingen</translation>
    </message>
    <message>
        <source>There is no programme %1; `deskcoach programme list` names them.</source>
        <translation>Er is geen programma %1; `deskcoach programme list` noemt ze.</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weken</numerusform>
        </translation>
    </message>
    <message>
        <source>suggested: %1</source>
        <translation>aangeraden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %n weeks
%3
</source>
        <translation>
            <numerusform>%1 (%2), %n week
%3
</numerusform>
            <numerusform>%1 (%2), %n weken
%3
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Phase %1: %2 (%n days). %3</source>
        <translation>
            <numerusform>Fase %1: %2 (%n dag). %3</numerusform>
            <numerusform>Fase %1: %2 (%n dagen). %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Programme stopped; breaks draw from the whole catalogue again.</source>
        <translation>Programma gestopt; pauzes kiezen weer uit de hele catalogus.</translation>
    </message>
    <message>
        <source>No programme is running. `deskcoach programme list` shows them.</source>
        <translation>Er loopt geen programma. `deskcoach programme list` toont ze.</translation>
    </message>
    <message>
        <source>%1: %2, phase %3 (%4).
%5.</source>
        <translation>%1: %2, fase %3 (%4).
%5.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschreven</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>waarschuwing: %1</translation>
    </message>
    <message>
        <source>There is no exercise &apos;%1&apos;. `deskcoach exercises` lists them.</source>
        <translation>Er is geen oefening &apos;%1&apos;. `deskcoach exercises` toont ze.</translation>
    </message>
    <message>
        <source>Dose: %1. About %2 s. Position: %3. Regions: %4.</source>
        <translation>Dosis: %1. Ongeveer %2 s. Houding: %3. Lichaamsdelen: %4.</translation>
    </message>
    <message>
        <source>Seated alternative: %1</source>
        <translation>Zittend alternatief: %1</translation>
    </message>
    <message>
        <source>Level %1: %2. %3</source>
        <translation>Niveau %1: %2. %3</translation>
    </message>
    <message numerus="yes">
        <source>, %n reps</source>
        <translation>
            <numerusform>, %n herhaling</numerusform>
            <numerusform>, %n herhalingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n breaths</source>
        <translation>
            <numerusform>, %n ademhaling</numerusform>
            <numerusform>, %n ademhalingen</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1. %2 (%3 s%4)</source>
        <translation>  %1. %2 (%3 s%4)</translation>
    </message>
    <message>
        <source>Caution: %1</source>
        <translation>Let op: %1</translation>
    </message>
    <message>
        <source>Why this dose: %1</source>
        <translation>Waarom deze dosis: %1</translation>
    </message>
    <message>
        <source>Give one exercise ID or --all.</source>
        <translation>Geef één oefening-ID of --all.</translation>
    </message>
    <message>
        <source>Could not make %1: %2</source>
        <translation>Kon %1 niet maken: %2</translation>
    </message>
    <message>
        <source>The checklist cannot be used: %1</source>
        <translation>De checklist kan niet worden gebruikt: %1</translation>
    </message>
    <message>
        <source>(laptop users)</source>
        <translation>(laptopgebruikers)</translation>
    </message>
    <message>
        <source>--assessment takes &apos;latest&apos; or a date like 2026-11-21, not %1</source>
        <translation>--assessment accepteert &apos;latest&apos; of een datum zoals 2026-11-21, niet %1</translation>
    </message>
    <message>
        <source>No completed workstation check found for %1. Choose Checklist... in the DeskCoach menu to do one.</source>
        <translation>Geen voltooide werkplekcheck gevonden voor %1. Kies Checklist... in het DeskCoach-menu om er een te doen.</translation>
    </message>
    <message>
        <source>Refused: --format %1 is turned off by your organisation (statistics export); the table and the progress window still show your statistics</source>
        <extracomment>The longest range `stats --days` shows, and the dates it accepts (so no day overflows). `stats` columns, in the table, CSV and JSON alike: `taken` is a count of breaks, and `compliance` the share of due breaks taken (a percentage in the table, 0-1 in CSV/JSON); `eye_breaks` counts the eye micro-breaks shown, apart from the movement breaks. How long `deskcoach import` waits for the running app to import (a million breaks take it about half a minute on a slow machine).</extracomment>
        <translation>Geweigerd: --format %1 is uitgezet door je organisatie (export van statistieken); de tabel en het voortgangsvenster tonen je statistieken nog steeds</translation>
    </message>
    <message>
        <source>--summary prints a table or JSON (--format table|json), not CSV</source>
        <translation>--summary toont een tabel of JSON (--format table|json), geen CSV</translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation>niets gepland</translation>
    </message>
    <message>
        <source> (%1 points)</source>
        <translation> (%1 procentpunten)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n breaks taken</source>
        <translation>
            <numerusform>%1 van %n pauze genomen</numerusform>
            <numerusform>%1 van %n pauzes genomen</numerusform>
        </translation>
    </message>
    <message>
        <source> of due breaks taken%1</source>
        <translation> van de geplande pauzes genomen%1</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Vorige week</translation>
    </message>
    <message numerus="yes">
        <source>%n days at %1 or more</source>
        <translation>
            <numerusform>%n dag op %1 of meer</numerusform>
            <numerusform>%n dagen op %1 of meer</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: exporting your data is turned off by your organisation</source>
        <translation>Geweigerd: het exporteren van je gegevens is uitgezet door je organisatie</translation>
    </message>
    <message>
        <source>Wrote %1 breaks, %2 checklist assessments and your settings to %3</source>
        <translation>%1 pauzes, %2 checklistbeoordelingen en je instellingen geschreven naar %3</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kon %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Refused, nothing was changed: %1</source>
        <translation>Geweigerd, er is niets gewijzigd: %1</translation>
    </message>
    <message>
        <source>Could not check %1: %2</source>
        <translation>Kon %1 niet controleren: %2</translation>
    </message>
    <message>
        <source>Could not import into %1: %2</source>
        <translation>Kon niet importeren in %1: %2</translation>
    </message>
    <message>
        <source>DeskCoach: %1</source>
        <translation>DeskCoach: %1</translation>
    </message>
    <message>
        <source>DeskCoach is not running. Start it with `deskcoach` (or `deskcoach run`).</source>
        <translation>DeskCoach draait niet. Start het met `deskcoach` (of `deskcoach run`).</translation>
    </message>
    <message numerus="yes">
        <source>Programme: %1, week %2 of %n, phase %3 (%4)</source>
        <translation>
            <numerusform>Programma: %1, week %2 van %n, fase %3 (%4)</numerusform>
            <numerusform>Programma: %1, week %2 van %n, fase %3 (%4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Programme: %1, week %2 of a %n-week programme, phase %3 (%4)</source>
        <translation>
            <numerusform>Programma: %1, week %2 van een programma van %n week, fase %3 (%4)</numerusform>
            <numerusform>Programma: %1, week %2 van een programma van %n weken, fase %3 (%4)</numerusform>
        </translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Aan het werk</translation>
    </message>
    <message>
        <source>Break about to start</source>
        <translation>Pauze begint zo</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>Met pauze bezig</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Uitgesteld</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n voltooid</numerusform>
            <numerusform>%n voltooid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n natural breaks (time away)</source>
        <translation>
            <numerusform>%n natuurlijke pauze (tijd weg)</numerusform>
            <numerusform>%n natuurlijke pauzes (tijd weg)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n overgeslagen</numerusform>
            <numerusform>%n overgeslagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed</source>
        <translation>
            <numerusform>%n uitgesteld</numerusform>
            <numerusform>%n uitgesteld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n gemist</numerusform>
            <numerusform>%n gemist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n eye breaks</source>
        <translation>
            <numerusform>%n oogpauze</numerusform>
            <numerusform>%n oogpauzes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On a break: %n s left.</source>
        <translation>
            <numerusform>Met pauze bezig: nog %n s.</numerusform>
            <numerusform>Met pauze bezig: nog %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused until %1.</source>
        <translation>Gepauzeerd tot %1.</translation>
    </message>
    <message>
        <source>Work timer stopped (the screen is locked) with %1 to the next break.</source>
        <translation>Werktimer gestopt (het scherm is vergrendeld), nog %1 tot de volgende pauze.</translation>
    </message>
    <message>
        <source>Work timer stopped (you are away) with %1 to the next break.</source>
        <translation>Werktimer gestopt (je bent weg), nog %1 tot de volgende pauze.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: next break at %2 (in %n s).</source>
        <translation>
            <numerusform>%1: volgende pauze om %2 (over %n s).</numerusform>
            <numerusform>%1: volgende pauze om %2 (over %n s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Vandaag: %1</translation>
    </message>
    <message>
        <source>Refused: &apos;avoid_exercises&apos; names no exercise %1 (`deskcoach exercises` lists them)</source>
        <translation>Geweigerd: &apos;avoid_exercises&apos; noemt een oefening die niet bestaat: %1 (`deskcoach exercises` toont ze)</translation>
    </message>
    <message>
        <source>%1 = %2 (applied to the running DeskCoach)</source>
        <translation>%1 = %2 (toegepast op de draaiende DeskCoach)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Kon %1 niet opslaan: %2</translation>
    </message>
    <message>
        <source>%1 = %2 (saved; DeskCoach is not running)</source>
        <translation>%1 = %2 (opgeslagen; DeskCoach draait niet)</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: geen map</translation>
    </message>
    <message>
        <source>%1: no policy files (policy.json, managed/*.json, recommended/*.json)</source>
        <translation>%1: geen beleidsbestanden (policy.json, managed/*.json, recommended/*.json)</translation>
    </message>
    <message>
        <source>Trying the policy folder %1: DeskCoach itself reads only the system&apos;s policy (see `deskcoach policy show`).</source>
        <translation>De beleidsmap %1 wordt geprobeerd: DeskCoach zelf leest alleen het beleid van het systeem (zie `deskcoach policy show`).</translation>
    </message>
    <message>
        <source>%1 %2 read from: %3</source>
        <translation>%1 %2 gelezen uit: %3</translation>
    </message>
    <message>
        <source>%1 %2 looked in: %3</source>
        <translation>%1 %2 gezocht in: %3</translation>
    </message>
    <message>
        <source>%1 %2 control socket: %3</source>
        <translation>%1 %2 besturingssocket: %3</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kan niet worden gelezen (%2)</translation>
    </message>
    <message>
        <source>%1: not a valid TOML file (%2)</source>
        <translation>%1: geen geldig TOML-bestand (%2)</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1: geldig</translation>
    </message>
    <message>
        <source>daily anchors are at most %1 characters</source>
        <translation>dagelijkse ankers zijn hoogstens %1 tekens lang</translation>
    </message>
    <message>
        <source>cannot read %1: write a name and a time, e.g. &apos;coffee 08:30, lunch 12:30&apos;</source>
        <translation>kan %1 niet lezen: schrijf een naam en een tijd, bijv. &apos;coffee 08:30, lunch 12:30&apos;</translation>
    </message>
    <message>
        <source>%1: the time must be 00:00-23:59</source>
        <translation>%1: de tijd moet tussen 00:00 en 23:59 liggen</translation>
    </message>
    <message>
        <source>at most %1 daily anchors</source>
        <translation>hoogstens %1 dagelijkse ankers</translation>
    </message>
    <message>
        <source>two anchors at the same time; give each its own</source>
        <translation>twee ankers op dezelfde tijd; geef elk een eigen tijd</translation>
    </message>
    <message>
        <source>it is outside your working hours: DeskCoach starts again when they begin (change working_hours to work now)</source>
        <translation>het is buiten je werktijden: DeskCoach begint weer wanneer die ingaan (wijzig working_hours om nu te werken)</translation>
    </message>
    <message>
        <source>there is no break on screen to finish</source>
        <translation>er staat geen pauze op het scherm om af te ronden</translation>
    </message>
    <message>
        <source>there is no break to snooze right now</source>
        <translation>er is nu geen pauze om uit te stellen</translation>
    </message>
    <message>
        <source>strict mode is on: breaks cannot be snoozed</source>
        <translation>de strikte modus staat aan: pauzes kunnen niet worden uitgesteld</translation>
    </message>
    <message>
        <source>this break cannot be snoozed again (limit: %1 per break)</source>
        <translation>deze pauze kan niet nog eens worden uitgesteld (limiet: %1 per pauze)</translation>
    </message>
    <message>
        <source>DeskCoach is paused: there is no break to skip</source>
        <translation>DeskCoach is gepauzeerd: er is geen pauze om over te slaan</translation>
    </message>
    <message>
        <source>strict mode is on: breaks cannot be skipped</source>
        <translation>de strikte modus staat aan: pauzes kunnen niet worden overgeslagen</translation>
    </message>
    <message>
        <source>no skips left today (daily budget: %1)</source>
        <translation>je kunt vandaag niets meer overslaan (daglimiet: %1)</translation>
    </message>
    <message>
        <source>a pause must end in the future</source>
        <translation>het pauzeren moet in de toekomst eindigen</translation>
    </message>
    <message>
        <source>a pause cannot be negative (%1): use e.g. 30m, 1h, 1h30m or tomorrow</source>
        <extracomment>&quot;Pause until tomorrow&quot; resumes at this local time on the next morning.</extracomment>
        <translation>de pauzeerduur kan niet negatief zijn (%1): gebruik bijv. 30m, 1h, 1h30m of tomorrow</translation>
    </message>
    <message>
        <source>cannot read pause length %1: use e.g. 30m, 1h, 1h30m or tomorrow</source>
        <translation>kan pauzeerduur %1 niet lezen: gebruik bijv. 30m, 1h, 1h30m of tomorrow</translation>
    </message>
    <message>
        <source>pause length %1 is outside 1m-24h</source>
        <translation>pauzeerduur %1 ligt buiten 1m-24h</translation>
    </message>
    <message>
        <source>working hours are at most %1 characters</source>
        <translation>werktijden zijn hoogstens %1 tekens lang</translation>
    </message>
    <message>
        <source>cannot read %1: write days then hours, e.g. &apos;mon-fri 08:30-17:30&apos;</source>
        <translation>kan %1 niet lezen: schrijf eerst dagen en dan tijden, bijv. &apos;mon-fri 08:30-17:30&apos;</translation>
    </message>
    <message>
        <source>working hours overlap on a day; list each time once</source>
        <translation>werktijden overlappen op een dag; noem elke tijd maar één keer</translation>
    </message>
    <message>
        <source>%1 is not a day or day range (use mon..sun, e.g. mon-fri)</source>
        <translation>%1 is geen dag of reeks dagen (gebruik mon..sun, bijv. mon-fri)</translation>
    </message>
    <message>
        <source>%1: a day range runs forward, e.g. mon-fri</source>
        <translation>%1: een reeks dagen loopt vooruit, bijv. mon-fri</translation>
    </message>
    <message>
        <source>%1 is not a time range like 08:30-12:30</source>
        <translation>%1 is geen tijdvak zoals 08:30-12:30</translation>
    </message>
    <message>
        <source>%1: a range must end after it starts, within one day</source>
        <translation>%1: een tijdvak moet eindigen nadat het begint, binnen één dag</translation>
    </message>
    <message>
        <source>Pain or discomfort as the user rated it, 0 (none) to 10 (worst). Written by DeskCoach, which gives general movement guidance and does not diagnose.</source>
        <translation>Pijn of ongemak zoals de gebruiker het beoordeelde, van 0 (geen) tot 10 (het ergst). Gemaakt door DeskCoach, dat algemene adviezen over bewegen geeft en geen diagnoses stelt.</translation>
    </message>
    <message>
        <source>Pain and exercise log</source>
        <translation>Logboek van pijn en oefeningen</translation>
    </message>
    <message>
        <source>Weekly average</source>
        <translation>Weekgemiddelde</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Average (0-10)</source>
        <translation>Gemiddelde (0-10)</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Plan changes</source>
        <translation>Planwijzigingen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Pijn</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Lichaamsdeel</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>after break</source>
        <translation>na pauze</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>ochtend</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wekelijks</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>handmatig</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <comment>date range</comment>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>Nog geen check-ins.</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Nog geen wijzigingen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 · %n check-ins · Programme: %3</source>
        <translation>
            <numerusform>%1 tot %2 · %n check-in · Programma: %3</numerusform>
            <numerusform>%1 tot %2 · %n check-ins · Programma: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message numerus="yes">
        <source>Check-ins (the latest %1; %n older ones in the CSV export)</source>
        <translation>
            <numerusform>Check-ins (de laatste %1; %n oudere in de CSV-export)</numerusform>
            <numerusform>Check-ins (de laatste %1; %n oudere in de CSV-export)</numerusform>
        </translation>
    </message>
    <message>
        <source>standing</source>
        <extracomment>each position in words, translated where shown</extracomment>
        <translation>staand</translation>
    </message>
    <message>
        <source>seated</source>
        <translation>zittend</translation>
    </message>
    <message>
        <source>seated or standing</source>
        <translation>zittend of staand</translation>
    </message>
    <message>
        <source>Stop if it hurts, tingles, goes numb, spreads into an arm or leg, or makes you dizzy.</source>
        <translation>Stop als het pijn doet, tintelt, doof aanvoelt, naar een arm of been uitstraalt, of je duizelig maakt.</translation>
    </message>
    <message>
        <source>DeskCoach is already running; its icon is in the system tray.</source>
        <translation>DeskCoach draait al; het pictogram staat in het systeemvak.</translation>
    </message>
    <message>
        <source>%1: %2: &apos;%3&apos; %4 breaks the limit (%5, from %6); using %7</source>
        <translation>%1: %2: &apos;%3&apos; %4 overschrijdt de limiet (%5, uit %6); %7 wordt gebruikt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set by your organisation</source>
        <translation>&apos;%1&apos; wordt ingesteld door je organisatie</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must stay on (limit set by your organisation)</source>
        <translation>&apos;%1&apos; moet aan blijven (limiet ingesteld door je organisatie)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; may be at most %2 (limit set by your organisation)</source>
        <translation>&apos;%1&apos; mag hoogstens %2 zijn (limiet ingesteld door je organisatie)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be at least %2 (limit set by your organisation)</source>
        <translation>&apos;%1&apos; moet minstens %2 zijn (limiet ingesteld door je organisatie)</translation>
    </message>
    <message>
        <source>your settings: %1; ignored</source>
        <translation>je instellingen: %1; genegeerd</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 (%3) is limited by your organisation to %4</source>
        <translation>&apos;%1&apos; %2 (%3) is door je organisatie beperkt tot %4</translation>
    </message>
    <message>
        <source>%1: a policy must be an object of sections (%2), not %3</source>
        <translation>%1: een beleid moet een object van secties zijn (%2), geen %3</translation>
    </message>
    <message>
        <source>&apos;version&apos; is missing; reading it as version %1</source>
        <translation>&apos;version&apos; ontbreekt; gelezen als versie %1</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be an object of setting: value, not %3</source>
        <translation>%1: &apos;%2&apos; moet een object van instelling: waarde zijn, geen %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; belongs inside &apos;mandatory&apos;; ignored</source>
        <translation>&apos;%1&apos; hoort binnen &apos;mandatory&apos;; genegeerd</translation>
    </message>
    <message>
        <source>unknown section %1 (known: %2); ignored</source>
        <translation>onbekende sectie %1 (bekend: %2); genegeerd</translation>
    </message>
    <message>
        <source>&apos;version&apos; must be %1, not %2; reading it as version %1</source>
        <translation>&apos;version&apos; moet %1 zijn, niet %2; gelezen als versie %1</translation>
    </message>
    <message>
        <source>&apos;version&apos; is %1, newer than this DeskCoach understands (%2); known entries are used</source>
        <translation>&apos;version&apos; is %1, nieuwer dan deze DeskCoach begrijpt (%2); bekende items worden gebruikt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; are only allowed in mandatory policy; ignored</source>
        <translation>&apos;%1&apos; zijn alleen toegestaan in verplicht beleid; genegeerd</translation>
    </message>
    <message>
        <source>%1; ignored</source>
        <translation>%1; genegeerd</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object, not %2; ignored</source>
        <translation>&apos;%1&apos; moet een object zijn, geen %2; genegeerd</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be limited (limits exist for: %2); ignored</source>
        <translation>&apos;%1&apos; kan niet worden beperkt (limieten bestaan voor: %2); genegeerd</translation>
    </message>
    <message>
        <source>unknown setting %1; ignored</source>
        <translation>onbekende instelling %1; genegeerd</translation>
    </message>
    <message>
        <source>&apos;%1&apos; false has no effect (a limit can only require it to be on; to switch it off for everyone, set it in mandatory)</source>
        <translation>&apos;%1&apos; false heeft geen effect (een limiet kan alleen eisen dat het aan staat; om het voor iedereen uit te zetten, stel het in onder mandatory)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true (it must be on), not %2; ignored</source>
        <translation>&apos;%1&apos; moet true zijn (het moet aan staan), niet %2; genegeerd</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2, not %3; ignored</source>
        <translation>&apos;%1&apos; moet %2 zijn, niet %3; genegeerd</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes only a &apos;%2&apos; limit (a limit may only make settings stricter), not %3; ignored</source>
        <translation>&apos;%1&apos; accepteert alleen een limiet &apos;%2&apos; (een limiet kan instellingen alleen strenger maken), niet %3; genegeerd</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 must be a whole number (%3), not %4; ignored</source>
        <translation>&apos;%1&apos; %2 moet een geheel getal zijn (%3), niet %4; genegeerd</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 %3 (%4) is no limit; ignored</source>
        <translation>&apos;%1&apos; %2 %3 (%4) is geen limiet; genegeerd</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 %3 is outside %4; using %5</source>
        <translation>&apos;%1&apos; %2 %3 valt buiten %4; %5 wordt gebruikt</translation>
    </message>
    <message>
        <source>unknown feature %1 (known: %2); ignored</source>
        <translation>onbekende functie %1 (bekend: %2); genegeerd</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false, not %2; ignored</source>
        <translation>&apos;%1&apos; moet true of false zijn, niet %2; genegeerd</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 contradicts mandatory &apos;%1&apos; %3; using %3</source>
        <translation>&apos;%1&apos; %2 is in strijd met verplicht &apos;%1&apos; %3; %3 wordt gebruikt</translation>
    </message>
    <message>
        <source>%1: written by a newer DeskCoach (schema %2, this one knows %3); it is left untouched and this session&apos;s breaks are kept in memory only</source>
        <translation>%1: geschreven door een nieuwere DeskCoach (schema %2, deze kent %3); het blijft onaangeroerd en de pauzes van deze sessie worden alleen in het geheugen bewaard</translation>
    </message>
    <message>
        <source>Break history could not be saved to %1 (%2). The breaks saved there are left as they are; this session&apos;s breaks are kept in memory and saved there as soon as it can be written again (DeskCoach retries every minute).</source>
        <translation>De pauzegeschiedenis kon niet worden opgeslagen in %1 (%2). De pauzes die daar al staan blijven zoals ze zijn; de pauzes van deze sessie worden in het geheugen bewaard en daar opgeslagen zodra dat weer kan (DeskCoach probeert het elke minuut opnieuw).</translation>
    </message>
    <message>
        <source>%1: damaged (%2); it was moved to %3 and a fresh history started. To recover, quit DeskCoach and try `sqlite3 %3 .recover | sqlite3 recovered.sqlite3`.</source>
        <translation>%1: beschadigd (%2); het is verplaatst naar %3 en er is een nieuwe geschiedenis begonnen. Sluit DeskCoach af en probeer `sqlite3 %3 .recover | sqlite3 recovered.sqlite3` om te herstellen.</translation>
    </message>
    <message>
        <source>%1: cannot be used (%2); breaks are kept in memory only this session</source>
        <translation>%1: kan niet worden gebruikt (%2); pauzes worden deze sessie alleen in het geheugen bewaard</translation>
    </message>
    <message>
        <source>%1: not a readable JSON file (%2)</source>
        <extracomment>Each section as exported: its query, and the columns that hold JSON text.
----------
The staged columns of each section: the stored ones, then what the last checks need. Breaks looked up in the history at once, to find those it holds already. The page cache while importing (the history&apos;s own is 512 KiB): a million random look-ups in the uid index need the index in memory. Bounded, and put back afterwards.</extracomment>
        <translation>%1: geen leesbaar JSON-bestand (%2)</translation>
    </message>
    <message>
        <source>%1: not a DeskCoach export (&apos;format&apos; must be %2)</source>
        <extracomment>How far ahead of this computer&apos;s clock a recorded time may be (the other one&apos;s was fast). No record is older: clocks that lost their time restart at 1970, never before. How far a break may fall due from when it ended (skipping the next break ahead records a due time in the future; a long sleep one in the past).</extracomment>
        <translation>%1: geen DeskCoach-export (&apos;format&apos; moet %2 zijn)</translation>
    </message>
    <message>
        <source>%1: settings: %2</source>
        <translation>%1: instellingen: %2</translation>
    </message>
    <message>
        <source>%1: &apos;format_version&apos; is %2; this DeskCoach reads 1-%3</source>
        <translation>%1: &apos;format_version&apos; is %2; deze DeskCoach leest 1-%3</translation>
    </message>
    <message>
        <source>is %1, more than %2 days from its end (%3)</source>
        <translation>is %1, meer dan %2 dagen na het einde (%3)</translation>
    </message>
    <message>
        <source>(%1) is before started (%2)</source>
        <translation>(%1) ligt vóór het begin (%2)</translation>
    </message>
    <message>
        <source>must be a list of exercise ids</source>
        <translation>moet een lijst van oefening-id&apos;s zijn</translation>
    </message>
    <message>
        <source>(%1) is before its break ended (%2.ended %3)</source>
        <translation>(%1) ligt vóór het einde van de pauze (%2.ended %3)</translation>
    </message>
    <message>
        <source>%1 is not among its break&apos;s exercises (%2.exercises)</source>
        <translation>%1 hoort niet bij de oefeningen van de pauze (%2.exercises)</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>moet een tekst zijn</translation>
    </message>
    <message>
        <source>must map item ids to %1</source>
        <translation>moet checklist-id&apos;s koppelen aan %1</translation>
    </message>
    <message>
        <source>names %1, not a checklist item</source>
        <translation>noemt %1, geen checklistpunt</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be an object</source>
        <translation>%1: &apos;%2&apos; moet een object zijn</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a list</source>
        <translation>%1: &apos;%2&apos; moet een lijst zijn</translation>
    </message>
    <message>
        <source>%1: %2[%3] must be an object</source>
        <translation>%1: %2[%3] moet een object zijn</translation>
    </message>
    <message>
        <source>must be a text of 1-200 characters</source>
        <translation>moet een tekst van 1-200 tekens zijn</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>moet een geheel getal van %1 tot %2 zijn</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>moet een van %1 zijn</translation>
    </message>
    <message>
        <source>must be an ISO 8601 time with its UTC offset</source>
        <translation>moet een ISO 8601-tijd met UTC-verschuiving zijn</translation>
    </message>
    <message>
        <source>is %1, before %2</source>
        <translation>is %1, vóór %2</translation>
    </message>
    <message>
        <source>is %1, in the future (this computer&apos;s clock says %2)</source>
        <translation>is %1, in de toekomst (de klok van deze computer zegt %2)</translation>
    </message>
    <message>
        <source>(%1) is before %2 (%3)</source>
        <translation>(%1) ligt vóór %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 appears twice</source>
        <translation>%1: %2 komt twee keer voor</translation>
    </message>
    <message>
        <source>a check-in&apos;s time must carry its UTC offset</source>
        <extracomment>after_break: the 10-second question after a break; morning: the first break of the day (&quot;how is it this morning?&quot;); weekly: the body map; manual: `deskcoach checkin`. At or under this during and after exercise is fine (&quot;a mild ache&quot;); above it is too much.</extracomment>
        <translation>de tijd van een check-in moet een UTC-verschuiving hebben</translation>
    </message>
    <message>
        <source>pain must be a whole number from 0 to %1, not %2</source>
        <translation>pijn moet een geheel getal van 0 tot %1 zijn, niet %2</translation>
    </message>
    <message>
        <source>kind is %1, allowed: %2</source>
        <translation>soort is %1, toegestaan: %2</translation>
    </message>
    <message>
        <source>region is %1, allowed: %2</source>
        <translation>lichaamsdeel is %1, toegestaan: %2</translation>
    </message>
    <message>
        <source>the note is one line of at most %1 characters</source>
        <translation>de opmerking is één regel van hoogstens %1 tekens</translation>
    </message>
    <message>
        <source>Your answer matches a warning sign:</source>
        <translation>Je antwoord komt overeen met een waarschuwingssignaal:</translation>
    </message>
    <message numerus="yes">
        <source>week %1 of %n</source>
        <translation>
            <numerusform>week %1 van %n</numerusform>
            <numerusform>week %1 van %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week %1 of a %n-week programme</source>
        <translation>
            <numerusform>week %1 van een programma van %n week</numerusform>
            <numerusform>week %1 van een programma van %n weken</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage: the number, then the sign as the language writes it</comment>
        <translation>%1%</translation>
    </message>
</context>
</TS>
