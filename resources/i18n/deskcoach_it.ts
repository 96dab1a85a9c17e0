<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>A break is waiting</source>
        <extracomment>The rest of starting waits this long after the icon is shown: the event loop goes idle, so the dock request reaches the tray host and the icon is placed before the scheduler, content and detectors load (run at once, they kept the request unsent for 50-100 ms).</extracomment>
        <translation>Una pausa ti aspetta</translation>
    </message>
    <message>
        <source>Your break has waited %1 minutes for a meeting or full-screen app. Take it when you can; it appears as soon as you are done.</source>
        <translation>La tua pausa ha aspettato %1 minuti la fine di una riunione o di un&apos;app a schermo intero. Falla quando puoi; compare appena hai finito.</translation>
    </message>
    <message>
        <source>DeskCoach workstation check</source>
        <translation>Verifica della postazione DeskCoach</translation>
    </message>
    <message>
        <source>DeskCoach: some files could not be used</source>
        <translation>DeskCoach: non è stato possibile usare alcuni file</translation>
    </message>
    <message>
        <source>The workstation checklist could not be loaded.</source>
        <translation>Non è stato possibile caricare la lista di controllo della postazione.</translation>
    </message>
    <message>
        <source>DeskCoach cannot open its control socket: %1.</source>
        <translation>DeskCoach non riesce ad aprire il suo socket di controllo: %1.</translation>
    </message>
    <message>
        <source>DeskCoach is already running for this profile.</source>
        <translation>DeskCoach è già in esecuzione per questo profilo.</translation>
    </message>
    <message>
        <source>%1, step %2 of %3: %4</source>
        <translation>%1, passaggio %2 di %3: %4</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>%1: five minutes for your body</source>
        <translation>%1: cinque minuti per il tuo corpo</translation>
    </message>
    <message>
        <source>%1. Click here to start.</source>
        <translation>%1. Fai clic qui per iniziare.</translation>
    </message>
    <message>
        <source>Stand up, reach both arms overhead, and take 10 slow breaths.</source>
        <translation>Alzati, porta entrambe le braccia sopra la testa e fai 10 respiri lenti.</translation>
    </message>
    <message>
        <source>MOVEMENT BREAK</source>
        <translation>PAUSA ATTIVA</translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>È ora di muoversi</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <source>Break progress</source>
        <translation>Avanzamento della pausa</translation>
    </message>
    <message>
        <source>The timer waits while you keep working; step away to let it run.</source>
        <translation>Il timer aspetta finché continui a lavorare; allontanati dalla postazione per farlo partire.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fatto</translation>
    </message>
    <message>
        <source>Done: finish the break now</source>
        <translation>Fatto: termina ora la pausa</translation>
    </message>
    <message>
        <source>S&amp;wap exercise</source>
        <translation>&amp;Cambia esercizio</translation>
    </message>
    <message>
        <source>Swap this exercise for another</source>
        <translation>Sostituisci questo esercizio con un altro</translation>
    </message>
    <message>
        <source>Exercise &amp;info</source>
        <translation>&amp;Info sull&apos;esercizio</translation>
    </message>
    <message>
        <source>This exercise&apos;s cautions and who should leave it out</source>
        <translation>Le avvertenze di questo esercizio e chi dovrebbe evitarlo</translation>
    </message>
    <message>
        <source>When to get &amp;help</source>
        <translation>Quando chiedere &amp;aiuto</translation>
    </message>
    <message>
        <source>BEFORE YOUR FIRST MOVEMENT BREAK</source>
        <translation>PRIMA DELLA TUA PRIMA PAUSA ATTIVA</translation>
    </message>
    <message>
        <source>Move gently, and listen to your body</source>
        <translation>Muoviti con dolcezza e ascolta il tuo corpo</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Nota di sicurezza</translation>
    </message>
    <message>
        <source>&amp;I understand, show the exercises</source>
        <translation>&amp;Ho capito, mostra gli esercizi</translation>
    </message>
    <message>
        <source>DeskCoach suggests gentle, general movements. It is not medical advice.

Move within a comfortable range and never bounce. Stop if a movement hurts, tingles, goes numb, sends symptoms into an arm or leg, makes you dizzy or makes pain worse.

Get emergency care now for loss of bladder or bowel control, numbness around the genitals or buttocks, new weakness in the legs, or chest pain. See a doctor or physiotherapist before going on if pain spreads below the knee, wakes you at night or keeps getting worse, and after recent surgery or injury, or during pregnancy.

&quot;When to get help&quot; (below, and in the tray menu) lists every sign.</source>
        <translation>DeskCoach suggerisce movimenti dolci e generici. Non è un consiglio medico.

Muoviti entro un&apos;ampiezza comoda e senza molleggiare. Fermati se un movimento fa male, formicola, intorpidisce, porta sintomi in un braccio o in una gamba, ti fa girare la testa o peggiora il dolore.

Chiedi subito cure di emergenza in caso di perdita del controllo della vescica o dell&apos;intestino, intorpidimento intorno ai genitali o ai glutei, nuova debolezza alle gambe o dolore al petto. Rivolgiti a un medico o a un fisioterapista prima di continuare se il dolore scende sotto il ginocchio, ti sveglia di notte o continua a peggiorare, e dopo un intervento o un infortunio recente, o in gravidanza.

«Quando chiedere aiuto» (qui sotto e nel menu dell&apos;area di notifica) elenca tutti i segnali.</translation>
    </message>
    <message>
        <source>Breath %1 of %2</source>
        <translation>Respiro %1 di %2</translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation>Ripetizione %1 di %2</translation>
    </message>
    <message>
        <source>Hold %1 s</source>
        <translation>Tieni %1 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>BREAK DONE</source>
        <translation>PAUSA COMPLETATA</translation>
    </message>
    <message>
        <source>Nice work. How did that feel?</source>
        <translation>Ben fatto. Com&apos;è andata?</translation>
    </message>
    <message>
        <source>One tap helps DeskCoach pick exercises that suit you. Uncomfortable? A short question then asks which exercise.</source>
        <translation>Un tocco aiuta DeskCoach a scegliere esercizi adatti a te. Scomodo? Una breve domanda ti chiede poi quale esercizio.</translation>
    </message>
    <message>
        <source>Felt &amp;good</source>
        <translation>Mi ha fatto &amp;bene</translation>
    </message>
    <message>
        <source>&amp;Neutral</source>
        <translation>&amp;Neutro</translation>
    </message>
    <message>
        <source>&amp;Uncomfortable</source>
        <translation>&amp;Scomodo</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>Thanks for telling DeskCoach</source>
        <extracomment>The break window is built this many real seconds before a break falls due, so it shows at once then (building it, with the figure and its stylesheets, takes 50-100 ms); not sooner, so an idle app does not carry it for the whole work stretch.</extracomment>
        <translation>Grazie per averlo detto a DeskCoach</translation>
    </message>
    <message>
        <source>If discomfort keeps coming back, a quick workstation check can help: Checklist... in the menu. See a clinician about pain that persists.</source>
        <translation>Se il fastidio continua a tornare, una breve verifica della postazione può aiutare: Lista di controllo... nel menu. Rivolgiti a un professionista sanitario se il dolore persiste.</translation>
    </message>
    <message>
        <source>DeskCoach - time to move</source>
        <translation>DeskCoach – è ora di muoversi</translation>
    </message>
    <message>
        <source>Movement break</source>
        <translation>Pausa attiva</translation>
    </message>
    <message>
        <source>Look at something far away and breathe easily until the break ends.</source>
        <translation>Guarda lontano e respira con calma fino alla fine della pausa.</translation>
    </message>
    <message numerus="yes">
        <source>S&amp;nooze %n min</source>
        <translation>
            <numerusform>&amp;Più tardi (%n min)</numerusform>
            <numerusform>&amp;Più tardi (%n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze the break for %n minutes</source>
        <translation>
            <numerusform>Rimanda la pausa di %n minuto</numerusform>
            <numerusform>Rimanda la pausa di %n minuti</numerusform>
        </translation>
    </message>
    <message>
        <source>Movement break. Before it starts: %1</source>
        <translation>Pausa attiva. Prima di iniziare: %1</translation>
    </message>
    <message>
        <source>Movement break: %1. %2</source>
        <translation>Pausa attiva: %1. %2</translation>
    </message>
    <message>
        <source>MOVEMENT BREAK  ·  EXERCISE %1 OF %2</source>
        <translation>PAUSA ATTIVA  ·  ESERCIZIO %1 DI %2</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Passaggio %1 di %2: %3</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Riposo</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>ancora %1</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Salta</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skip (%n left today)</source>
        <translation>
            <numerusform>&amp;Salta (ancora %n oggi)</numerusform>
            <numerusform>&amp;Salta (ancora %n oggi)</numerusform>
        </translation>
    </message>
    <message>
        <source>Point at a period for its figures.</source>
        <translation>Punta un periodo per vederne i dati.</translation>
    </message>
    <message>
        <source>Details of the period under the pointer</source>
        <translation>Dettagli del periodo sotto il puntatore</translation>
    </message>
    <message>
        <source>Breaks, share taken and longest stretch per period</source>
        <translation>Pause, quota di pause fatte e tempo più lungo senza pause per periodo</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Taken (%)</source>
        <translation>Fatte (%)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <source>Skipped and missed breaks by weekday and hour</source>
        <translation>Pause saltate e perse per giorno della settimana e ora</translation>
    </message>
    <message>
        <source>When breaks get skipped or missed</source>
        <translation>Quando le pause vengono saltate o perse</translation>
    </message>
    <message>
        <source>Skipped or missed</source>
        <translation>Saltate o perse</translation>
    </message>
    <message>
        <source>* %1 is not over yet: its figures so far.</source>
        <translation>* %1 non è ancora finito: dati fin qui.</translation>
    </message>
    <message>
        <source>Share of due breaks taken; dashed: your %1 goal; no dot: nothing due</source>
        <translation>Quota delle pause previste fatte; tratteggio: il tuo obiettivo (%1); nessun punto: niente di previsto</translation>
    </message>
    <message>
        <source>Longest time without a break; dashed: your %1 min interval</source>
        <translation>Tempo più lungo senza pause; tratteggio: il tuo intervallo di %1 min</translation>
    </message>
    <message>
        <source>Hour the break fell due</source>
        <translation>Ora in cui la pausa era prevista</translation>
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
        <translation>Il tuo piano è cambiato</translation>
    </message>
    <message>
        <source>How does it feel now?</source>
        <translation>Come ti senti adesso?</translation>
    </message>
    <message>
        <source>Pain or discomfort from 0 (none) to 10 (the worst). Up to 3 is fine; DeskCoach paces each exercise by your answers.</source>
        <translation>Dolore o fastidio da 0 (nessuno) a 10 (il peggiore). Fino a 3 va bene; DeskCoach regola ogni esercizio in base alle tue risposte.</translation>
    </message>
    <message>
        <source>How did your body feel when you got up today?</source>
        <translation>Come si sentiva il tuo corpo oggi al risveglio?</translation>
    </message>
    <message>
        <source>0 is no pain or stiffness, 10 the worst. Your mornings decide when an exercise gets harder or easier.</source>
        <translation>0 significa nessun dolore o rigidità, 10 il peggiore. Le tue mattine decidono quando un esercizio diventa più difficile o più facile.</translation>
    </message>
    <message>
        <source>Which places ached this week?</source>
        <translation>Quali punti ti hanno fatto male questa settimana?</translation>
    </message>
    <message>
        <source>Tick each one, then pick how bad it was at worst (0-10). Nothing ached? Pick 0.</source>
        <translation>Seleziona ciascuno, poi indica quanto è stato forte al massimo (0-10). Nessun dolore? Scegli 0.</translation>
    </message>
    <message>
        <source>DeskCoach check-in</source>
        <extracomment>answers: one (pain, region or &quot;&quot;, exercise or &quot;&quot;) per check-in; kind; free-text note</extracomment>
        <translation>Verifica rapida DeskCoach</translation>
    </message>
    <message>
        <source>The whole break</source>
        <translation>Tutta la pausa</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Riguarda</translation>
    </message>
    <message>
        <source>Where (optional)</source>
        <translation>Dove (facoltativo)</translation>
    </message>
    <message>
        <source>Anywhere / in general</source>
        <translation>Ovunque / in generale</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Dove</translation>
    </message>
    <message>
        <source>Pain %1 of 10</source>
        <translation>Dolore %1 su 10</translation>
    </message>
    <message>
        <source>Anything else, such as numbness or tingling? (optional)</source>
        <translation>Altro, come intorpidimento o formicolio? (facoltativo)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Sal&amp;va</translation>
    </message>
    <message>
        <source>DeskCoach</source>
        <translation>DeskCoach</translation>
    </message>
    <message>
        <source>Your answers could not be saved: %1</source>
        <translation>Non è stato possibile salvare le tue risposte: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>errore sconosciuto</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Impossibile esportare in %1: %2</translation>
    </message>
    <message>
        <source>Workstation check exported</source>
        <translation>Verifica della postazione esportata</translation>
    </message>
    <message numerus="yes">
        <source>%n workstation actions to follow up: %1</source>
        <translation>
            <numerusform>%n azione da seguire per la postazione: %1</numerusform>
            <numerusform>%n azioni da seguire per la postazione: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has been %n months since your workstation check. A fresh one takes five minutes: Checklist... in the DeskCoach menu.</source>
        <translation>
            <numerusform>È passato %n mese dalla verifica della tua postazione. Una nuova richiede cinque minuti: Lista di controllo... nel menu di DeskCoach.</numerusform>
            <numerusform>Sono passati %n mesi dalla verifica della tua postazione. Una nuova richiede cinque minuti: Lista di controllo... nel menu di DeskCoach.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time for a workstation check: choose Checklist... in the DeskCoach menu. It takes about five minutes.</source>
        <translation>È il momento di verificare la postazione: scegli Lista di controllo... nel menu di DeskCoach. Ci vogliono circa cinque minuti.</translation>
    </message>
    <message>
        <source>DeskCoach - workstation check</source>
        <translation>DeskCoach – verifica della postazione</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Tempi</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>exercise ids</source>
        <translation>ID degli esercizi</translation>
    </message>
    <message>
        <source>a list of up to %1 of: %2</source>
        <translation>un elenco di massimo %1 tra: %2</translation>
    </message>
    <message>
        <source>neck</source>
        <extracomment>each region in words, for sentences (&quot;neck, upper back&quot;); translated where shown</extracomment>
        <translation>collo</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>parte alta della schiena</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>spalle</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>petto</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>zona lombare</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>anche</translation>
    </message>
    <message>
        <source>legs</source>
        <translation>gambe</translation>
    </message>
    <message>
        <source>legs&apos; circulation</source>
        <extracomment>clearer on its own as a box to tick than the word the sentences use</extracomment>
        <translation>circolazione delle gambe</translation>
    </message>
    <message>
        <source>wrists and hands</source>
        <translation>polsi e mani</translation>
    </message>
    <message>
        <source>circulation</source>
        <translation>circolazione</translation>
    </message>
    <message>
        <source>eyes</source>
        <translation>occhi</translation>
    </message>
    <message>
        <source>breathing</source>
        <translation>respirazione</translation>
    </message>
    <message>
        <source>whole body</source>
        <translation>tutto il corpo</translation>
    </message>
    <message>
        <source>Work interval</source>
        <translation>Intervallo di lavoro</translation>
    </message>
    <message>
        <source>Minutes of work between breaks; 30-45 is recommended.</source>
        <translation>Minuti di lavoro tra una pausa e l&apos;altra; si consigliano 30-45.</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>Durata della pausa</translation>
    </message>
    <message>
        <source>How long each movement break lasts.</source>
        <translation>Quanto dura ogni pausa attiva.</translation>
    </message>
    <message>
        <source>Notice before a break</source>
        <translation>Preavviso prima di una pausa</translation>
    </message>
    <message>
        <source>How early the tray warns that a break is coming (0 = no notice).</source>
        <translation>Con quanto anticipo l&apos;icona nell&apos;area di notifica avvisa che sta arrivando una pausa (0 = nessun preavviso).</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>Durata del rinvio</translation>
    </message>
    <message>
        <source>How long Snooze puts a break off.</source>
        <translation>Di quanto «Più tardi» rimanda una pausa.</translation>
    </message>
    <message>
        <source>Putting breaks off</source>
        <translation>Rimandare le pause</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <translation>Rinvii per pausa</translation>
    </message>
    <message>
        <source>How often one break may be snoozed.</source>
        <translation>Quante volte si può rimandare una pausa.</translation>
    </message>
    <message>
        <source>Skips per day</source>
        <translation>Pause saltabili al giorno</translation>
    </message>
    <message>
        <source>How many breaks may be skipped each day.</source>
        <translation>Quante pause si possono saltare ogni giorno.</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimitate</translation>
    </message>
    <message>
        <source>Strict mode</source>
        <translation>Modalità rigorosa</translation>
    </message>
    <message>
        <source>Breaks cannot be skipped or snoozed.</source>
        <translation>Le pause non si possono saltare né rimandare.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Suono</translation>
    </message>
    <message>
        <source>Play a soft cue when a break starts and when it ends (never while a meeting holds breaks).</source>
        <translation>Riproduci un suono leggero all&apos;inizio e alla fine di una pausa (mai mentre una riunione trattiene le pause).</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Avvia all&apos;accesso</translation>
    </message>
    <message>
        <source>Start DeskCoach when you log in.</source>
        <translation>Avvia DeskCoach quando accedi.</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>Movimento ridotto</translation>
    </message>
    <message>
        <source>Show still key poses instead of animations.</source>
        <translation>Mostra pose chiave fisse invece delle animazioni.</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Esercizi</translation>
    </message>
    <message>
        <source>Seated only</source>
        <translation>Solo da seduti</translation>
    </message>
    <message>
        <source>Only suggest exercises that can be done sitting down.</source>
        <translation>Suggerisci solo esercizi che si possono fare da seduti.</translation>
    </message>
    <message>
        <source>Back movements</source>
        <translation>Movimenti della schiena</translation>
    </message>
    <message>
        <source>Leave out forward bends (flexion) or backward bends (extension) if one of them does not feel good.</source>
        <translation>Escludi i piegamenti in avanti (flessione) o all&apos;indietro (estensione) se uno dei due non ti fa stare bene.</translation>
    </message>
    <message>
        <source>Regions to leave out</source>
        <translation>Zone da escludere</translation>
    </message>
    <message>
        <source>Body regions DeskCoach should not suggest exercises for.</source>
        <translation>Zone del corpo per cui DeskCoach non deve suggerire esercizi.</translation>
    </message>
    <message>
        <source>Exercises to leave out</source>
        <translation>Esercizi da escludere</translation>
    </message>
    <message>
        <source>Exercises DeskCoach should never suggest.</source>
        <translation>Esercizi che DeskCoach non deve mai suggerire.</translation>
    </message>
    <message>
        <source>Away after</source>
        <translation>Assente dopo</translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse after which the work timer stops; coming back after at least a break&apos;s length counts as a natural break.</source>
        <translation>Minuti senza tastiera o mouse dopo i quali il timer di lavoro si ferma; tornare dopo almeno la durata di una pausa conta come pausa naturale.</translation>
    </message>
    <message>
        <source>Smart timing</source>
        <translation>Tempismo intelligente</translation>
    </message>
    <message>
        <source>Wait for full-screen apps</source>
        <translation>Aspetta le app a schermo intero</translation>
    </message>
    <message>
        <source>Hold a break while a full-screen app or presentation is in front.</source>
        <translation>Trattieni una pausa mentre un&apos;app a schermo intero o una presentazione è in primo piano.</translation>
    </message>
    <message>
        <source>Wait for meetings</source>
        <translation>Aspetta le riunioni</translation>
    </message>
    <message>
        <source>Hold a break while another app uses the camera or microphone.</source>
        <translation>Trattieni una pausa mentre un&apos;altra app usa la fotocamera o il microfono.</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Attesa massima</translation>
    </message>
    <message>
        <source>After this long a held break gives a gentle reminder.</source>
        <translation>Dopo questo tempo una pausa trattenuta dà un leggero promemoria.</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Orario di lavoro</translation>
    </message>
    <message>
        <source>e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always.</source>
        <translation>es. mon-fri 08:30-12:30,13:30-17:30; vuoto significa sempre.</translation>
    </message>
    <message>
        <source>Checklist reminders</source>
        <translation>Promemoria della lista di controllo</translation>
    </message>
    <message>
        <source>Remind me of open workstation actions and when a fresh check is due.</source>
        <translation>Ricordami le azioni aperte per la postazione e quando è il momento di una nuova verifica.</translation>
    </message>
    <message>
        <source>Workstation check</source>
        <translation>Verifica della postazione</translation>
    </message>
    <message>
        <source>Fresh check after</source>
        <translation>Nuova verifica dopo</translation>
    </message>
    <message>
        <source>Months after a workstation check until DeskCoach suggests a new one.</source>
        <translation>Mesi dopo una verifica della postazione prima che DeskCoach ne suggerisca una nuova.</translation>
    </message>
    <message>
        <source>Streak goal</source>
        <translation>Obiettivo della serie</translation>
    </message>
    <message>
        <source>The share of the day&apos;s due breaks to take for the day to join your streak on the progress dashboard.</source>
        <translation>La quota delle pause previste del giorno da fare perché il giorno entri nella tua serie nella panoramica dei progressi.</translation>
    </message>
    <message>
        <source>Eye breaks every</source>
        <translation>Pause per gli occhi ogni</translation>
    </message>
    <message>
        <source>A 20-second prompt to look into the distance, between movement breaks (0 = off).</source>
        <translation>Un invito di 20 secondi a guardare lontano, tra una pausa attiva e l&apos;altra (0 = disattivato).</translation>
    </message>
    <message>
        <source>off</source>
        <translation>disattivato</translation>
    </message>
    <message>
        <source>Eye breaks</source>
        <translation>Pause per gli occhi</translation>
    </message>
    <message>
        <source>Daily anchors</source>
        <translation>Ancore quotidiane</translation>
    </message>
    <message>
        <source>Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none.</source>
        <translation>Routine facoltative di cinque minuti in momenti che rispetti comunque, es. caffè 08:30, pranzo 12:30, fine giornata 17:15; vuoto significa nessuna.</translation>
    </message>
    <message>
        <source>Daily routines</source>
        <translation>Routine quotidiane</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>How loud the break cues are.</source>
        <translation>Quanto sono forti i suoni delle pause.</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Suono</translation>
    </message>
    <message>
        <source>Which of DeskCoach&apos;s sounds the cues use.</source>
        <translation>Quale suono di DeskCoach usare.</translation>
    </message>
    <message>
        <source>Break window on</source>
        <translation>Finestra della pausa su</translation>
    </message>
    <message>
        <source>pointer: the screen with the mouse pointer; primary: the main screen; all: the break on the pointer&apos;s screen and a calm dimmed panel on the others (it never blocks input).</source>
        <translation>pointer: lo schermo con il puntatore del mouse; primary: lo schermo principale; all: la pausa sullo schermo del puntatore e un pannello scuro e tranquillo sugli altri (non blocca mai l&apos;input).</translation>
    </message>
    <message>
        <source>Break window</source>
        <translation>Finestra della pausa</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colori</translation>
    </message>
    <message>
        <source>Light or dark windows; system follows your desktop&apos;s colour scheme.</source>
        <translation>Finestre chiare o scure; system segue lo schema colori del tuo desktop.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aspetto</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>The language of DeskCoach&apos;s menus, exercises and messages; system follows your desktop. It applies at once; windows already open change when you open them again.</source>
        <translation>La lingua di menu, esercizi e messaggi di DeskCoach; system segue il tuo desktop. Vale subito; le finestre già aperte cambiano quando le riapri.</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos; (known: %2)</source>
        <translation>impostazione sconosciuta «%1» (note: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, allowed: %3</source>
        <translation>«%1» è %2, consentito: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false, not %2</source>
        <translation>«%1» deve essere true o false, non %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number (%2), not %3</source>
        <translation>«%1» deve essere un numero intero (%2), non %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2, not %3</source>
        <translation>«%1» deve essere %2, non %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds %2, allowed: %3</source>
        <translation>«%1» contiene %2, consentito: %3</translation>
    </message>
    <message>
        <source>A desktop computer</source>
        <translation>Un computer fisso</translation>
    </message>
    <message>
        <source>A laptop on its own</source>
        <translation>Un portatile da solo</translation>
    </message>
    <message>
        <source>A laptop with a separate screen, keyboard and mouse</source>
        <translation>Un portatile con schermo, tastiera e mouse separati</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Io</translation>
    </message>
    <message>
        <source>My manager</source>
        <translation>Il mio responsabile</translation>
    </message>
    <message>
        <source>Facilities / IT</source>
        <translation>Servizi generali / IT</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non pertinente</translation>
    </message>
    <message>
        <source>&amp;Resume where you left off</source>
        <translation>&amp;Riprendi da dove avevi lasciato</translation>
    </message>
    <message>
        <source>WORKSTATION CHECK</source>
        <translation>VERIFICA DELLA POSTAZIONE</translation>
    </message>
    <message>
        <source>Is your desk set up to look after you?</source>
        <translation>La tua postazione ti fa bene?</translation>
    </message>
    <message>
        <source>%1 quick yes/no questions (%2 on a laptop used on its own), five minutes at most. Answer for the place you work most. You can stop at any time: your answers are kept.</source>
        <translation>%1 domande veloci sì/no (%2 per un portatile usato da solo), al massimo cinque minuti. Rispondi pensando al posto dove lavori di più. Puoi fermarti quando vuoi: le risposte vengono conservate.</translation>
    </message>
    <message>
        <source>Optional, for the report</source>
        <translation>Facoltativo, per il rapporto</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Il tuo &amp;nome:</translation>
    </message>
    <message>
        <source>You work on:</source>
        <translation>Lavori su:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Inizia</translation>
    </message>
    <message>
        <source>Progress through the check</source>
        <translation>Avanzamento della verifica</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sì</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Not &amp;applicable</source>
        <translation>Non &amp;pertinente</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Indietro</translation>
    </message>
    <message>
        <source>Save and finish &amp;later</source>
        <translation>Salva e finisci &amp;dopo</translation>
    </message>
    <message>
        <source>WORKSTATION CHECK DONE</source>
        <translation>VERIFICA DELLA POSTAZIONE COMPLETATA</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <source>A self-assessment supports, but does not replace, your employer&apos;s workstation assessment.</source>
        <translation>Un&apos;autovalutazione aiuta, ma non sostituisce, la valutazione della postazione fatta dal datore di lavoro.</translation>
    </message>
    <message>
        <source>Start a &amp;new check</source>
        <translation>Inizia una &amp;nuova verifica</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>Esporta &amp;PDF...</translation>
    </message>
    <message>
        <source>Export &amp;JSON...</source>
        <translation>Esporta &amp;JSON...</translation>
    </message>
    <message>
        <source>%1  ·  QUESTION %2 OF %3</source>
        <translation>%1  ·  DOMANDA %2 DI %3</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>Perché è importante: %1</translation>
    </message>
    <message>
        <source>If not: %1</source>
        <translation>Se no: %1</translation>
    </message>
    <message>
        <source>%1 of %2 fine. %3</source>
        <translation>%1 su %2 a posto. %3</translation>
    </message>
    <message>
        <source>Here is what to fix:</source>
        <translation>Ecco cosa sistemare:</translation>
    </message>
    <message>
        <source>Nothing to fix. Well set up!</source>
        <translation>Niente da sistemare. Postazione ben regolata!</translation>
    </message>
    <message numerus="yes">
        <source>%n answers changed since your check on %1.</source>
        <translation>
            <numerusform>%n risposta è cambiata dalla verifica del %1.</numerusform>
            <numerusform>%n risposte sono cambiate dalla verifica del %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fine: %1</source>
        <translation>A posto: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ancora nessuna</translation>
    </message>
    <message>
        <source>Who acts on: %1</source>
        <translation>Chi se ne occupa: %1</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format (Qt QDate)</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Data del controllo successivo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Rapporto PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the workstation check</source>
        <translation>Esporta la verifica della postazione</translation>
    </message>
    <message>
        <source>DeskCoach - progress</source>
        <translation>DeskCoach – progressi</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progressi</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <extracomment>(label, bucket size, buckets): whole weeks and months, the last one so far</extracomment>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Ultime 12 settimane</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>bar segments, bottom to top; their colours are the theme&apos;s `series`, in this order</extracomment>
        <translation>Completata</translation>
    </message>
    <message>
        <source>Snoozed, then taken</source>
        <translation>Rimandata, poi fatta</translation>
    </message>
    <message>
        <source>Natural (away)</source>
        <translation>Naturale (assenza)</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltata</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Persa</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>as in `deskcoach stats`: Taken counts breaks, Compliance is the share of due breaks taken</extracomment>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Previste</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>Naturali</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Fatte</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Adesione</translation>
    </message>
    <message>
        <source>Longest stretch (min)</source>
        <translation>Tempo più lungo senza pause (min)</translation>
    </message>
    <message>
        <source>Minutes moved</source>
        <translation>Minuti di movimento</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>I tuoi progressi</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostra:</translation>
    </message>
    <message>
        <source>Drawing the charts...</source>
        <translation>Disegno dei grafici...</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Grafici</translation>
    </message>
    <message>
        <source>Breaks per period, as a table, oldest first</source>
        <translation>Pause per periodo, in tabella, dalla più vecchia</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabella</translation>
    </message>
    <message>
        <source>How the numbers are counted</source>
        <translation>Come vengono contati i numeri</translation>
    </message>
    <message>
        <source>&amp;How it is counted</source>
        <translation>&amp;Come si conta</translation>
    </message>
    <message>
        <source>Body log</source>
        <translation>Diario del corpo</translation>
    </message>
    <message>
        <source>No breaks yet. After your first break, this is where you see how many you take each day, how long you go without one, and how you move. Take one now from the tray menu if you like.</source>
        <translation>Ancora nessuna pausa. Dopo la prima pausa vedrai qui quante ne fai ogni giorno, quanto tempo resti senza pause e come ti muovi. Se vuoi, fanne una ora dal menu nell&apos;area di notifica.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Oggi, %1</translation>
    </message>
    <message>
        <source>This week, %1 to today</source>
        <translation>Questa settimana, dal %1 a oggi</translation>
    </message>
    <message>
        <source>This week (today)</source>
        <translation>Questa settimana (oggi)</translation>
    </message>
    <message>
        <source>Streak, up to today</source>
        <translation>Serie, fino a oggi</translation>
    </message>
    <message>
        <source>Moved this week</source>
        <translation>Movimento questa settimana</translation>
    </message>
    <message>
        <source>Body regions this week</source>
        <translation>Zone del corpo questa settimana</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n breaks</source>
        <translation>
            <numerusform>%1 pausa su %n</numerusform>
            <numerusform>%1 pause su %n</numerusform>
        </translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format (Qt QDate)</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>taken of those due so far</source>
        <translation>fatte tra quelle previste finora</translation>
    </message>
    <message>
        <source>of due breaks taken; nothing to compare with last week</source>
        <translation>delle pause previste fatte; nessun confronto con la settimana scorsa</translation>
    </message>
    <message>
        <source>nothing due yet this week</source>
        <translation>niente di previsto finora questa settimana</translation>
    </message>
    <message numerus="yes">
        <source>%1 points against last week (%2)</source>
        <translation>
            <numerusform>%1 punti rispetto alla settimana scorsa (%2)</numerusform>
            <numerusform>%1 punti rispetto alla settimana scorsa (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>days in a row with %1 or more of due breaks taken; today joins at %1</source>
        <translation>giorni di fila con almeno %1 delle pause previste fatte; oggi conta se arriva a %1</translation>
    </message>
    <message>
        <source>no day yet with %1 or more of due breaks taken; today joins at %1</source>
        <translation>ancora nessun giorno con almeno %1 delle pause previste fatte; oggi conta se arriva a %1</translation>
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
        <translation>di esercizio nelle pause completate</translation>
    </message>
    <message>
        <source> (so far)</source>
        <translation> (finora)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Regions this week</source>
        <translation>Zone questa settimana</translation>
    </message>
    <message>
        <source>all but %1</source>
        <translation>tutte tranne %1</translation>
    </message>
    <message>
        <source>all of them</source>
        <translation>tutte</translation>
    </message>
    <message>
        <source> · %1 of due breaks taken</source>
        <translation> · %1 delle pause previste fatte</translation>
    </message>
    <message>
        <source>No system tray was found on this desktop, so DeskCoach shows this small window instead. Closing it minimises it; use Quit to stop DeskCoach.</source>
        <translation>Su questo desktop non è stata trovata un&apos;area di notifica, quindi DeskCoach mostra questa piccola finestra. Chiuderla la riduce a icona; usa Esci per chiudere DeskCoach.</translation>
    </message>
    <message>
        <source>DeskCoach controls</source>
        <translation>Comandi di DeskCoach</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Take a &amp;break now</source>
        <translation>Fai una &amp;pausa ora</translation>
    </message>
    <message>
        <source>&amp;Pause 30 min</source>
        <translation>&amp;Sospendi 30 min</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Riprendi</translation>
    </message>
    <message>
        <source>S&amp;kip next</source>
        <translation>Salta la pro&amp;ssima</translation>
    </message>
    <message>
        <source>Pro&amp;gress...</source>
        <translation>Pro&amp;gressi...</translation>
    </message>
    <message>
        <source>&amp;Checklist...</source>
        <translation>&amp;Lista di controllo...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>Impos&amp;tazioni...</translation>
    </message>
    <message>
        <source>When to get &amp;help...</source>
        <translation>Quando chiedere &amp;aiuto...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>Illustrazione</translation>
    </message>
    <message>
        <source>When to get help</source>
        <translation>Quando chiedere aiuto</translation>
    </message>
    <message>
        <source>DeskCoach suggests gentle, general movements. It is not medical advice and cannot tell what is causing a symptom.</source>
        <translation>DeskCoach suggerisce movimenti dolci e generici. Non è un consiglio medico e non può capire cosa causa un sintomo.</translation>
    </message>
    <message>
        <source>Get emergency care now</source>
        <translation>Chiedi subito cure di emergenza</translation>
    </message>
    <message>
        <source>Call your emergency number or go to an emergency department if you have:</source>
        <translation>Chiama il numero di emergenza o vai al pronto soccorso se hai:</translation>
    </message>
    <message>
        <source>loss of control of your bladder or bowels, or new trouble passing urine</source>
        <translation>perdita del controllo della vescica o dell&apos;intestino, o nuove difficoltà a urinare</translation>
    </message>
    <message>
        <source>numbness around your genitals, buttocks or inner thighs</source>
        <translation>intorpidimento intorno ai genitali, ai glutei o all&apos;interno delle cosce</translation>
    </message>
    <message>
        <source>weakness in your legs that is new or getting worse</source>
        <translation>debolezza alle gambe nuova o in peggioramento</translation>
    </message>
    <message>
        <source>chest pain, with or without back pain</source>
        <translation>dolore al petto, con o senza mal di schiena</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist soon</source>
        <translation>Rivolgiti presto a un medico o a un fisioterapista</translation>
    </message>
    <message>
        <source>Book an appointment in the next few days if you have:</source>
        <translation>Prendi un appuntamento nei prossimi giorni se hai:</translation>
    </message>
    <message>
        <source>back pain with a fever, night sweats or feeling generally unwell</source>
        <translation>mal di schiena con febbre, sudorazione notturna o malessere generale</translation>
    </message>
    <message>
        <source>weight loss you cannot explain</source>
        <translation>un calo di peso che non sai spiegarti</translation>
    </message>
    <message>
        <source>pain at night that does not ease when you rest or change position</source>
        <translation>dolore notturno che non passa con il riposo o cambiando posizione</translation>
    </message>
    <message>
        <source>pain after a fall or accident</source>
        <translation>dolore dopo una caduta o un incidente</translation>
    </message>
    <message>
        <source>pain that spreads below the knee, or numbness or tingling that spreads</source>
        <translation>dolore che scende sotto il ginocchio, o intorpidimento o formicolio che si estende</translation>
    </message>
    <message>
        <source>pain that has changed your daily life for more than a week</source>
        <translation>dolore che cambia la tua vita quotidiana da più di una settimana</translation>
    </message>
    <message>
        <source>a second or third bout of the same pain within a year</source>
        <translation>un secondo o terzo episodio dello stesso dolore entro un anno</translation>
    </message>
    <message>
        <source>no progress after two weeks of regular, gentle movement</source>
        <translation>nessun miglioramento dopo due settimane di movimento regolare e dolce</translation>
    </message>
    <message>
        <source>Stop this exercise</source>
        <translation>Interrompi questo esercizio</translation>
    </message>
    <message>
        <source>Stop the movement, rest, and try a gentler one another time if it brings:</source>
        <translation>Ferma il movimento, riposati e un&apos;altra volta provane uno più leggero se provoca:</translation>
    </message>
    <message>
        <source>pain, or pain that climbs as you go on</source>
        <translation>dolore, o dolore che aumenta man mano che continui</translation>
    </message>
    <message>
        <source>tingling or numbness, or symptoms spreading into an arm or leg</source>
        <translation>formicolio o intorpidimento, o sintomi che si estendono a un braccio o una gamba</translation>
    </message>
    <message>
        <source>dizziness or light-headedness</source>
        <translation>capogiri o senso di testa leggera</translation>
    </message>
    <message>
        <source>After recent surgery or an injury, or during pregnancy, ask a clinician which movements suit you before you start.</source>
        <translation>Dopo un intervento o un infortunio recente, o in gravidanza, chiedi a un professionista sanitario quali movimenti sono adatti a te prima di iniziare.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fonti:</translation>
    </message>
    <message>
        <source>DeskCoach - a break is coming</source>
        <translation>DeskCoach – sta per arrivare una pausa</translation>
    </message>
    <message>
        <source>A movement break is coming</source>
        <translation>Sta per arrivare una pausa attiva</translation>
    </message>
    <message>
        <source>Finish what you are doing; a short movement break is coming.</source>
        <translation>Finisci quello che stai facendo; sta per arrivare una breve pausa attiva.</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>&amp;Inizia ora</translation>
    </message>
    <message numerus="yes">
        <source>&amp;In %n minutes</source>
        <translation>
            <numerusform>&amp;Tra %n minuto</numerusform>
            <numerusform>&amp;Tra %n minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put the break off for %n minutes</source>
        <translation>
            <numerusform>Rimanda la pausa di %n minuto</numerusform>
            <numerusform>Rimanda la pausa di %n minuti</numerusform>
        </translation>
    </message>
    <message>
        <source>Movement break in %1</source>
        <translation>Pausa attiva tra %1</translation>
    </message>
    <message>
        <source>Breathing pace</source>
        <translation>Ritmo del respiro</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspira</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espira</translation>
    </message>
    <message>
        <source>BEFORE THIS EXERCISE</source>
        <translation>PRIMA DI QUESTO ESERCIZIO</translation>
    </message>
    <message>
        <source>ABOUT THIS EXERCISE</source>
        <translation>INFORMAZIONI SU QUESTO ESERCIZIO</translation>
    </message>
    <message>
        <source>Check that it suits you</source>
        <translation>Verifica che sia adatto a te</translation>
    </message>
    <message>
        <source>&amp;Back to the exercise</source>
        <translation>&amp;Torna all&apos;esercizio</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <source>DeskCoach - when to get help</source>
        <translation>DeskCoach – quando chiedere aiuto</translation>
    </message>
    <message>
        <source>A movement break is on your other screen.</source>
        <translation>C&apos;è una pausa attiva sull&apos;altro schermo.</translation>
    </message>
    <message>
        <source>DeskCoach - break on another screen</source>
        <translation>DeskCoach – pausa su un altro schermo</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <extracomment>the settings whose spin boxes show a unit around the number (see _unit_words) groups with a tab of their own; the rest share &quot;Breaks&quot;</extracomment>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>E&amp;sercizi</translation>
    </message>
    <message>
        <source>Smart &amp;timing</source>
        <translation>&amp;Tempismo intelligente</translation>
    </message>
    <message>
        <source>&amp;Workstation check</source>
        <translation>&amp;Verifica della postazione</translation>
    </message>
    <message>
        <source>E&amp;ye breaks and routines</source>
        <translation>Pause per gli &amp;occhi e routine</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>As&amp;petto</translation>
    </message>
    <message>
        <source>Include both</source>
        <translation>Includi entrambi</translation>
    </message>
    <message>
        <source>Leave out forward bends</source>
        <translation>Escludi i piegamenti in avanti</translation>
    </message>
    <message>
        <source>Leave out backward bends</source>
        <translation>Escludi i piegamenti all&apos;indietro</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Segui il desktop</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>Chime</source>
        <translation>Carillon</translation>
    </message>
    <message>
        <source>Bell</source>
        <translation>Campana</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>Morbido</translation>
    </message>
    <message>
        <source>The screen with the pointer</source>
        <translation>Lo schermo con il puntatore</translation>
    </message>
    <message>
        <source>The main screen</source>
        <translation>Lo schermo principale</translation>
    </message>
    <message>
        <source>All screens (a calm panel on the others)</source>
        <translation>Tutti gli schermi (un pannello tranquillo sugli altri)</translation>
    </message>
    <message>
        <source>DeskCoach settings</source>
        <extracomment>each language in its own words, never translated (a reader looks for their own)</extracomment>
        <translation>Impostazioni di DeskCoach</translation>
    </message>
    <message>
        <source>What stops the settings from being saved</source>
        <translation>Cosa impedisce di salvare le impostazioni</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>Impostato dalla tua organizzazione</translation>
    </message>
    <message>
        <source> (set by your organisation)</source>
        <translation> (impostato dalla tua organizzazione)</translation>
    </message>
    <message>
        <source>always</source>
        <translation>sempre</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>Consentito: %1</translation>
    </message>
    <message>
        <source>%1 on the %2 tab: %3</source>
        <translation>%1 nella scheda %2: %3</translation>
    </message>
    <message>
        <source>Not saved yet. </source>
        <translation>Non ancora salvato. </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozes</source>
        <translation>
            <numerusform>%n volta</numerusform>
            <numerusform>%n volte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skips</source>
        <translation>
            <numerusform>%n volta</numerusform>
            <numerusform>%n volte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mese</numerusform>
            <numerusform>%n mesi</numerusform>
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
        <translation>meno di un minuto</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>ddd dd MMM HH:mm</source>
        <comment>date format (Qt QDateTime)</comment>
        <translation>ddd d MMM HH:mm</translation>
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
        <translation>dd MMM yyyy</translation>
    </message>
    <message>
        <source>Break waiting until your meeting ends</source>
        <translation>Pausa in attesa della fine della riunione</translation>
    </message>
    <message>
        <source>Break waiting until the full-screen app closes</source>
        <translation>Pausa in attesa della chiusura dell&apos;app a schermo intero</translation>
    </message>
    <message>
        <source>You are away: the timer is stopped</source>
        <translation>Non sei al computer: il timer è fermo</translation>
    </message>
    <message>
        <source>Screen locked: the timer is stopped</source>
        <translation>Schermo bloccato: il timer è fermo</translation>
    </message>
    <message>
        <source>Outside your working hours</source>
        <translation>Fuori dall&apos;orario di lavoro</translation>
    </message>
    <message>
        <source>On a movement break</source>
        <translation>In pausa attiva</translation>
    </message>
    <message>
        <source>Outside your working hours, back at %1</source>
        <translation>Fuori dall&apos;orario di lavoro, di nuovo alle %1</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Sospeso fino alle %1</translation>
    </message>
    <message>
        <source>Snoozed: break in %1</source>
        <translation>Rimandata: pausa tra %1</translation>
    </message>
    <message>
        <source>Next break in %1</source>
        <translation>Prossima pausa tra %1</translation>
    </message>
    <message>
        <source>&amp;30 minutes</source>
        <translation>&amp;30 minuti</translation>
    </message>
    <message>
        <source>&amp;1 hour</source>
        <translation>&amp;1 ora</translation>
    </message>
    <message>
        <source>&amp;Until tomorrow</source>
        <translation>&amp;Fino a domani</translation>
    </message>
    <message>
        <source>DeskCoach menu</source>
        <translation>Menu di DeskCoach</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Sospendi</translation>
    </message>
    <message>
        <source>S&amp;kip next break</source>
        <translation>Salta la pro&amp;ssima pausa</translation>
    </message>
    <message>
        <source>S&amp;kip this break</source>
        <translation>Salta &amp;questa pausa</translation>
    </message>
    <message>
        <source>Eye break</source>
        <translation>Pausa per gli occhi</translation>
    </message>
    <message numerus="yes">
        <source>Look at something at least 6 metres away for %n seconds, and blink slowly a few times.</source>
        <translation>
            <numerusform>Guarda qualcosa ad almeno 6 metri di distanza per %n secondo, e sbatti lentamente le palpebre alcune volte.</numerusform>
            <numerusform>Guarda qualcosa ad almeno 6 metri di distanza per %n secondi, e sbatti lentamente le palpebre alcune volte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your check-ins are health data. They stay in your own profile on this computer and in the exports you make yourself; nothing your organisation can collect reads them.</source>
        <translation>Le tue verifiche rapide sono dati sanitari. Restano nel tuo profilo su questo computer e nelle esportazioni che fai tu; nulla di ciò che la tua organizzazione può raccogliere le legge.</translation>
    </message>
    <message>
        <source>Export log as &amp;PDF...</source>
        <translation>Esporta il diario in &amp;PDF...</translation>
    </message>
    <message>
        <source>A one-page summary of your check-ins to take to a doctor or physiotherapist</source>
        <translation>Un riepilogo di una pagina delle tue verifiche rapide da portare a un medico o a un fisioterapista</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>S&amp;tart programme</source>
        <translation>Avvia il pro&amp;gramma</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>&amp;Ferma</translation>
    </message>
    <message>
        <source>No check-ins in this period. After a break, tell DeskCoach how it felt; your answers draw these lines.</source>
        <translation>Nessuna verifica rapida in questo periodo. Dopo una pausa, di&apos; a DeskCoach com&apos;è andata; le tue risposte disegnano queste linee.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n weeks)</source>
        <translation>
            <numerusform>%1 (%n settimana)</numerusform>
            <numerusform>%1 (%n settimane)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 - suggested: %2</source>
        <translation>%1 - consigliato: %2</translation>
    </message>
    <message>
        <source>No programme is running: breaks draw from every exercise.</source>
        <translation>Nessun programma in corso: le pause attingono da tutti gli esercizi.</translation>
    </message>
    <message>
        <source>%1, phase %3 (%4). %5.</source>
        <translation>%1, fase %3 (%4). %5.</translation>
    </message>
    <message>
        <source>Levels: every exercise at its usual dose so far. Answer the morning question and levels move with your mornings.</source>
        <translation>Livelli: finora ogni esercizio alla sua dose abituale. Rispondi alla domanda del mattino e i livelli seguiranno le tue mattine.</translation>
    </message>
    <message>
        <source>%1 - %2: now %3. %4.</source>
        <translation>%1 - %2: ora %3. %4.</translation>
    </message>
    <message>
        <source>Level changes</source>
        <translation>Cambi di livello</translation>
    </message>
    <message>
        <source>Saved the log as %1: take it along to a doctor or physiotherapist.</source>
        <translation>Diario salvato come %1: portalo a un medico o a un fisioterapista.</translation>
    </message>
    <message>
        <source>Export log as PDF</source>
        <translation>Esporta il diario in PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Discomfort (0-10)</source>
        <translation>Fastidio (0-10)</translation>
    </message>
    <message>
        <source>Longest sitting (min)</source>
        <translation>Seduta più lunga (min)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Daily average</source>
        <translation>Media giornaliera</translation>
    </message>
    <message>
        <source>Mornings</source>
        <translation>Mattine</translation>
    </message>
    <message>
        <source>keep all settings and data under DIR (portable mode)</source>
        <extracomment>CLI command -&gt; control-protocol command, for commands handed to the running app</extracomment>
        <translation>conserva tutte le impostazioni e i dati in DIR (modalità portabile)</translation>
    </message>
    <message>
        <source>run every duration N times faster (demos and tests)</source>
        <translation>esegui ogni durata N volte più veloce (demo e test)</translation>
    </message>
    <message>
        <source>the language to use: %1 (default: the `language` setting, else the desktop&apos;s)</source>
        <translation>la lingua da usare: %1 (predefinita: l&apos;impostazione `language`, altrimenti quella del desktop)</translation>
    </message>
    <message>
        <source>A calm tray coach for movement breaks. With no command, starts the app.</source>
        <translation>Un coach tranquillo nell&apos;area di notifica per le pause attive. Senza comando, avvia l&apos;app.</translation>
    </message>
    <message>
        <source>start the tray app (the default)</source>
        <translation>avvia l&apos;app nell&apos;area di notifica (predefinito)</translation>
    </message>
    <message>
        <source>what the running app is doing</source>
        <translation>cosa sta facendo l&apos;app in esecuzione</translation>
    </message>
    <message>
        <source>take a break now</source>
        <translation>fai una pausa adesso</translation>
    </message>
    <message>
        <source>with this exercise (see `exercises`)</source>
        <translation>con questo esercizio (vedi `exercises`)</translation>
    </message>
    <message>
        <source>pause breaks (30m, 1h, tomorrow)</source>
        <translation>sospendi le pause (30m, 1h, tomorrow)</translation>
    </message>
    <message>
        <source>30m, 1h, 1h30m ... up to 24h, or tomorrow</source>
        <translation>30m, 1h, 1h30m ... fino a 24h, o tomorrow</translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation>termina una sospensione</translation>
    </message>
    <message>
        <source>skip the break on screen, or else the next one</source>
        <translation>salta la pausa sullo schermo, altrimenti la prossima</translation>
    </message>
    <message>
        <source>snooze the break on screen</source>
        <translation>rimanda la pausa sullo schermo</translation>
    </message>
    <message>
        <source>finish the break on screen</source>
        <translation>termina la pausa sullo schermo</translation>
    </message>
    <message>
        <source>swap the exercise on screen for another</source>
        <translation>sostituisci l&apos;esercizio sullo schermo con un altro</translation>
    </message>
    <message>
        <source>open a window of the running app</source>
        <translation>apri una finestra dell&apos;app in esecuzione</translation>
    </message>
    <message>
        <source>which detectors work on this desktop</source>
        <translation>quali rilevatori funzionano su questo desktop</translation>
    </message>
    <message>
        <source>when to get help: emergency now, a clinician soon, or stop</source>
        <translation>quando chiedere aiuto: emergenza subito, un professionista sanitario presto, o interrompi</translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation>chiudi l&apos;app in esecuzione</translation>
    </message>
    <message>
        <source>list the exercise catalogue</source>
        <translation>elenca il catalogo degli esercizi</translation>
    </message>
    <message>
        <source>print one exercise</source>
        <translation>mostra un esercizio</translation>
    </message>
    <message>
        <source>draw an exercise&apos;s key poses as a PNG contact sheet</source>
        <translation>disegna le pose chiave di un esercizio come provino PNG</translation>
    </message>
    <message>
        <source>every exercise, one PNG each</source>
        <translation>tutti gli esercizi, un PNG ciascuno</translation>
    </message>
    <message>
        <source>the PNG file (with an ID) or the folder (with --all)</source>
        <translation>il file PNG (con un ID) o la cartella (con --all)</translation>
    </message>
    <message>
        <source>the workstation checklist</source>
        <translation>la lista di controllo della postazione</translation>
    </message>
    <message>
        <source>list the questions</source>
        <translation>elenca le domande</translation>
    </message>
    <message>
        <source>export an assessment</source>
        <translation>esporta una valutazione</translation>
    </message>
    <message>
        <source>organisation policy</source>
        <translation>criteri dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>the effective policy and its sources</source>
        <translation>i criteri in vigore e le loro fonti</translation>
    </message>
    <message>
        <source>try a policy folder laid out like /etc/deskcoach instead (only this command reads it)</source>
        <translation>prova invece una cartella di criteri organizzata come /etc/deskcoach (solo questo comando la legge)</translation>
    </message>
    <message>
        <source>check a policy file, or every file of a policy folder</source>
        <translation>controlla un file di criteri, o tutti i file di una cartella di criteri</translation>
    </message>
    <message>
        <source>every policy file in DIR, laid out like /etc/deskcoach</source>
        <translation>tutti i file di criteri in DIR, organizzati come /etc/deskcoach</translation>
    </message>
    <message>
        <source>breaks per day</source>
        <translation>pause al giorno</translation>
    </message>
    <message>
        <source>the last N days (default 7)</source>
        <translation>gli ultimi N giorni (predefinito 7)</translation>
    </message>
    <message>
        <source>the dashboard&apos;s headline figures, over all of the history</source>
        <translation>i dati principali della panoramica, su tutta la cronologia</translation>
    </message>
    <message>
        <source>the last day shown (default today)</source>
        <translation>l&apos;ultimo giorno mostrato (predefinito oggi)</translation>
    </message>
    <message>
        <source>write all your data to a JSON file</source>
        <translation>scrivi tutti i tuoi dati in un file JSON</translation>
    </message>
    <message>
        <source>merge an export into this profile</source>
        <translation>unisci un&apos;esportazione a questo profilo</translation>
    </message>
    <message>
        <source>show, set or check settings</source>
        <translation>mostra, imposta o controlla le impostazioni</translation>
    </message>
    <message>
        <source>every effective value and its source</source>
        <translation>ogni valore in vigore e la sua fonte</translation>
    </message>
    <message>
        <source>set KEY to VALUE (applied live)</source>
        <translation>imposta KEY su VALUE (applicato subito)</translation>
    </message>
    <message>
        <source>check a settings file</source>
        <translation>controlla un file di impostazioni</translation>
    </message>
    <message>
        <source>log how your body feels now</source>
        <translation>registra come si sente il tuo corpo adesso</translation>
    </message>
    <message>
        <source>pain or discomfort, 0-10</source>
        <translation>dolore o fastidio, 0-10</translation>
    </message>
    <message>
        <source>the exercise it is about</source>
        <translation>l&apos;esercizio a cui si riferisce</translation>
    </message>
    <message>
        <source>morning: how it feels on waking (paces the plan)</source>
        <translation>mattina: come ti senti al risveglio (regola il ritmo del piano)</translation>
    </message>
    <message>
        <source>a warning sign you notice (shows when to get help)</source>
        <translation>un segnale d&apos;allarme che noti (mostra quando chiedere aiuto)</translation>
    </message>
    <message>
        <source>a few words of your own</source>
        <translation>qualche parola tua</translation>
    </message>
    <message>
        <source>your check-ins and plan changes</source>
        <translation>le tue verifiche rapide e i cambi di piano</translation>
    </message>
    <message>
        <source>the last N days (default 14)</source>
        <translation>gli ultimi N giorni (predefinito 14)</translation>
    </message>
    <message>
        <source>write a one-page PDF to take to a clinician instead</source>
        <translation>scrivi invece un PDF di una pagina da portare a un professionista sanitario</translation>
    </message>
    <message>
        <source>multi-week programmes</source>
        <translation>programmi di più settimane</translation>
    </message>
    <message>
        <source>the programmes</source>
        <translation>i programmi</translation>
    </message>
    <message>
        <source>one programme&apos;s phases</source>
        <translation>le fasi di un programma</translation>
    </message>
    <message>
        <source>start a programme</source>
        <translation>avvia un programma</translation>
    </message>
    <message>
        <source>stop the running one</source>
        <translation>ferma quello in corso</translation>
    </message>
    <message>
        <source>the running programme, its phase and week</source>
        <translation>il programma in corso, la sua fase e la settimana</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 non è un numero</translation>
    </message>
    <message>
        <source>the time scale must be above 0 and at most 100000</source>
        <translation>il fattore di tempo deve essere maggiore di 0 e al massimo 100000</translation>
    </message>
    <message>
        <source>DeskCoach will not use this profile: %1.</source>
        <translation>DeskCoach non userà questo profilo: %1.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argomenti posizionali</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opzioni</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostra questo messaggio di aiuto ed esci</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostra il numero di versione del programma ed esci</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: errore: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argomento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>scelta non valida: %(value)r (scegli tra %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valore %(type)s non valido: %(value)r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>sono richiesti i seguenti argomenti: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argomenti non riconosciuti: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>atteso un argomento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>atteso almeno un argomento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>atteso al massimo un argomento</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non consentito con l&apos;argomento %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>è richiesto uno degli argomenti %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opzione ambigua: %(option)s potrebbe corrispondere a %(matches)s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossibile aprire «%(filename)s»: %(error)s</translation>
    </message>
    <message numerus="yes">
        <source>After %n weeks your discomfort has not eased (about %1/10 then, %2/10 this week). Please see a doctor or physiotherapist; take your log along (Export log as PDF in the Body log, or `deskcoach log --pdf FILE`).</source>
        <translation>
            <numerusform>Dopo %n settimana il fastidio non è diminuito (circa %1/10 allora, %2/10 questa settimana). Rivolgiti a un medico o a un fisioterapista e porta con te il diario («Esporta il diario in PDF» nel Diario del corpo, o `deskcoach log --pdf FILE`).</numerusform>
            <numerusform>Dopo %n settimane il fastidio non è diminuito (circa %1/10 allora, %2/10 questa settimana). Rivolgiti a un medico o a un fisioterapista e porta con te il diario («Esporta il diario in PDF» nel Diario del corpo, o `deskcoach log --pdf FILE`).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks without improvement (about %1/10 then, %2/10 this week): time to change something, such as another programme, easier levels or a different time of day.</source>
        <translation>
            <numerusform>%n settimana senza miglioramenti (circa %1/10 allora, %2/10 questa settimana): è ora di cambiare qualcosa, come un altro programma, livelli più facili o un altro momento della giornata.</numerusform>
            <numerusform>%n settimane senza miglioramenti (circa %1/10 allora, %2/10 questa settimana): è ora di cambiare qualcosa, come un altro programma, livelli più facili o un altro momento della giornata.</numerusform>
        </translation>
    </message>
    <message>
        <source>easier</source>
        <extracomment>How the levels are named when an exercise has the usual three; more are numbered.</extracomment>
        <translation>più facile</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>normale</translation>
    </message>
    <message>
        <source>harder</source>
        <translation>più difficile</translation>
    </message>
    <message>
        <source>hardest</source>
        <translation>il più difficile</translation>
    </message>
    <message>
        <source>gentlest</source>
        <translation>il più leggero</translation>
    </message>
    <message>
        <source>Left out until %1: it raised your pain; other exercises cover its regions</source>
        <translation>Escluso fino al %1: ha aumentato il tuo dolore; altri esercizi coprono le sue zone</translation>
    </message>
    <message>
        <source>Back in the plan, one level easier (%1): its time out is over</source>
        <translation>Di nuovo nel piano, un livello più facile (%1): la pausa dall&apos;esercizio è finita</translation>
    </message>
    <message>
        <source>Holding: it took your pain to %1/10; waiting to see how the next morning feels</source>
        <translation>In attesa: ha portato il tuo dolore a %1/10; vediamo come va la mattina dopo</translation>
    </message>
    <message>
        <source>Left out for a week: it took your pain to %1/10 and the next morning was still worse than usual (%2 against %3)</source>
        <translation>Escluso per una settimana: ha portato il tuo dolore a %1/10 e la mattina dopo era ancora peggio del solito (%2 contro %3)</translation>
    </message>
    <message numerus="yes">
        <source>Holding at the easiest level: your mornings were worse than usual for %n days running</source>
        <translation>
            <numerusform>Fermo al livello più facile: le tue mattine sono state peggiori del solito per %n giorno</numerusform>
            <numerusform>Fermo al livello più facile: le tue mattine sono state peggiori del solito per %n giorni di fila</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step back to %1: your mornings were worse than usual for %n days running</source>
        <translation>
            <numerusform>Si torna a %1: le tue mattine sono state peggiori del solito per %n giorno</numerusform>
            <numerusform>Si torna a %1: le tue mattine sono state peggiori del solito per %n giorni di fila</numerusform>
        </translation>
    </message>
    <message>
        <source>Holding: it took your pain to %1/10 on %2; it settled by the next morning, so it stays at this level a few days more</source>
        <translation>In attesa: ha portato il tuo dolore a %1/10 il %2; si è calmato entro la mattina dopo, quindi resta a questo livello ancora qualche giorno</translation>
    </message>
    <message numerus="yes">
        <source>Level up to %1: your mornings stayed the same or better for %n days</source>
        <translation>
            <numerusform>Si sale a %1: le tue mattine sono rimaste uguali o migliori per %n giorno</numerusform>
            <numerusform>Si sale a %1: le tue mattine sono rimaste uguali o migliori per %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Holding at the hardest level: your mornings stayed the same or better for %n days</source>
        <translation>
            <numerusform>Fermo al livello più difficile: le tue mattine sono rimaste uguali o migliori per %n giorno</numerusform>
            <numerusform>Fermo al livello più difficile: le tue mattine sono rimaste uguali o migliori per %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Holding: a recent morning was worse than usual; waiting for it to settle</source>
        <translation>In attesa: una mattina recente è stata peggiore del solito; aspettiamo che si calmi</translation>
    </message>
    <message numerus="yes">
        <source>Holding: %1 of %n steady mornings so far (answer the morning question to move on)</source>
        <translation>
            <numerusform>In attesa: finora %1 mattina stabile su %n (rispondi alla domanda del mattino per andare avanti)</numerusform>
            <numerusform>In attesa: finora %1 mattine stabili su %n (rispondi alla domanda del mattino per andare avanti)</numerusform>
        </translation>
    </message>
    <message>
        <source>wrist and hand</source>
        <translation>polso e mano</translation>
    </message>
    <message>
        <source>low back</source>
        <translation>zona lombare</translation>
    </message>
    <message>
        <source>Calm things down</source>
        <translation>Calmare</translation>
    </message>
    <message>
        <source>Neck and upper back for screen work</source>
        <translation>Collo e parte alta della schiena per il lavoro al computer</translation>
    </message>
    <message>
        <source>Ease a stiff neck and rounded shoulders, then build upper-back endurance.</source>
        <translation>Sciogli un collo rigido e le spalle curve, poi costruisci resistenza nella parte alta della schiena.</translation>
    </message>
    <message>
        <source>Small, easy movements that feel good.</source>
        <translation>Movimenti piccoli e facili che fanno stare bene.</translation>
    </message>
    <message>
        <source>Patterning</source>
        <translation>Impostazione</translation>
    </message>
    <message>
        <source>Sit tall with the head over the shoulders.</source>
        <translation>Siediti con la schiena dritta, la testa sopra le spalle.</translation>
    </message>
    <message>
        <source>Build capacity</source>
        <translation>Costruire capacità</translation>
    </message>
    <message>
        <source>Hold good positions for longer.</source>
        <translation>Mantieni più a lungo le posizioni corrette.</translation>
    </message>
    <message>
        <source>Low back: breathe, brace and hinge</source>
        <translation>Zona lombare: respirare, attivare, piegarsi dalle anche</translation>
    </message>
    <message>
        <source>Settle the low back, learn to breathe, brace and hinge, then build strength.</source>
        <translation>Calma la zona lombare, impara a respirare, attivare l&apos;addome e piegarti dalle anche, poi costruisci forza.</translation>
    </message>
    <message>
        <source>Gentle movement and walking; find the directions that ease it.</source>
        <translation>Movimento dolce e camminate; trova le direzioni che danno sollievo.</translation>
    </message>
    <message>
        <source>Breathe, brace, hinge</source>
        <translation>Respirare, attivare, piegarsi</translation>
    </message>
    <message>
        <source>Bend from the hips with the back in one line.</source>
        <translation>Piegati dalle anche con la schiena in linea.</translation>
    </message>
    <message>
        <source>More hinges and stands, with steady breathing.</source>
        <translation>Più piegamenti e alzate, con un respiro regolare.</translation>
    </message>
    <message>
        <source>Resilience</source>
        <translation>Resilienza</translation>
    </message>
    <message>
        <source>Keep moving through busy days.</source>
        <translation>Continua a muoverti anche nelle giornate piene.</translation>
    </message>
    <message>
        <source>Wrists and forearms for keyboard and mouse work</source>
        <translation>Polsi e avambracci per il lavoro con tastiera e mouse</translation>
    </message>
    <message>
        <source>Glide the tendons, stretch the forearms and free the shoulders that drive them.</source>
        <translation>Fai scorrere i tendini, allunga gli avambracci e libera le spalle che li muovono.</translation>
    </message>
    <message>
        <source>Easy finger and shoulder movement.</source>
        <translation>Movimenti facili di dita e spalle.</translation>
    </message>
    <message>
        <source>Glide and stretch</source>
        <translation>Scorrere e allungare</translation>
    </message>
    <message>
        <source>Gentle forearm stretches, no pins and needles.</source>
        <translation>Allungamenti leggeri degli avambracci, senza formicolii.</translation>
    </message>
    <message>
        <source>Stretch the chest and upper back as well.</source>
        <translation>Allunga anche petto e parte alta della schiena.</translation>
    </message>
    <message>
        <source>Sit less: stand and walk</source>
        <translation>Meno seduti: alzarsi e camminare</translation>
    </message>
    <message>
        <source>Break up long sitting with stands, marches and short walks.</source>
        <translation>Interrompi le lunghe ore da seduti con alzate, marce e brevi camminate.</translation>
    </message>
    <message>
        <source>Break up sitting</source>
        <translation>Interrompere la seduta</translation>
    </message>
    <message>
        <source>Move your legs every break.</source>
        <translation>Muovi le gambe a ogni pausa.</translation>
    </message>
    <message>
        <source>Stand and walk</source>
        <translation>Alzarsi e camminare</translation>
    </message>
    <message>
        <source>Get up and walk a little every break.</source>
        <translation>Alzati e cammina un po&apos; a ogni pausa.</translation>
    </message>
    <message>
        <source>Phase %1 of %2 (%3)</source>
        <translation>Fase %1 di %2 (%3)</translation>
    </message>
    <message>
        <source>%1: day %2 of %3</source>
        <translation>%1: giorno %2 di %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: staying, as your mornings were worse than usual for %n days running</source>
        <translation>
            <numerusform>%1: resta qui, perché le tue mattine sono state peggiori del solito per %n giorno</numerusform>
            <numerusform>%1: resta qui, perché le tue mattine sono state peggiori del solito per %n giorni di fila</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: moves on after %n steady mornings in a row (answer the morning question)</source>
        <translation>
            <numerusform>%1: va avanti dopo %n mattina stabile (rispondi alla domanda del mattino)</numerusform>
            <numerusform>%1: va avanti dopo %n mattine stabili di fila (rispondi alla domanda del mattino)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is complete: well done</source>
        <translation>%1 è completato: ben fatto</translation>
    </message>
    <message numerus="yes">
        <source>Next phase, %1: your mornings stayed the same or better for %n days</source>
        <translation>
            <numerusform>Fase successiva, %1: le tue mattine sono rimaste uguali o migliori per %n giorno</numerusform>
            <numerusform>Fase successiva, %1: le tue mattine sono rimaste uguali o migliori per %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins with %1 discomfort lately</source>
        <translation>
            <numerusform>%n verifica rapida con fastidio %1 di recente</numerusform>
            <numerusform>%n verifiche rapide con fastidio %1 di recente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checklist items %1</source>
        <translation>
            <numerusform>punto della lista %1</numerusform>
            <numerusform>punti della lista %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New trouble passing urine, or losing control of your bladder or bowel</source>
        <translation>Nuove difficoltà a urinare, o perdita del controllo della vescica o dell&apos;intestino</translation>
    </message>
    <message>
        <source>Numbness between your legs, around your bottom or inner thighs</source>
        <translation>Intorpidimento tra le gambe, intorno ai glutei o all&apos;interno delle cosce</translation>
    </message>
    <message>
        <source>Legs that are newly or increasingly weak</source>
        <translation>Gambe deboli in modo nuovo o crescente</translation>
    </message>
    <message>
        <source>Back pain together with chest pain</source>
        <translation>Mal di schiena insieme a dolore al petto</translation>
    </message>
    <message>
        <source>Fever or night sweats along with back pain</source>
        <translation>Febbre o sudorazione notturna insieme al mal di schiena</translation>
    </message>
    <message>
        <source>Weight loss you cannot explain</source>
        <translation>Calo di peso che non sai spiegarti</translation>
    </message>
    <message>
        <source>Pain at night that does not ease when you rest</source>
        <translation>Dolore notturno che non passa con il riposo</translation>
    </message>
    <message>
        <source>Pain that began with a fall, accident or other hard knock</source>
        <translation>Dolore iniziato con una caduta, un incidente o un altro colpo forte</translation>
    </message>
    <message>
        <source>Pain shooting down below the knee</source>
        <translation>Dolore che si irradia sotto il ginocchio</translation>
    </message>
    <message>
        <source>Numbness or tingling that is spreading</source>
        <translation>Intorpidimento o formicolio che si estende</translation>
    </message>
    <message>
        <source>Pain that has changed your daily life for more than a week</source>
        <translation>Dolore che cambia la tua vita quotidiana da più di una settimana</translation>
    </message>
    <message>
        <source>A second or third bout of this pain within a year</source>
        <translation>Un secondo o terzo episodio di questo dolore entro un anno</translation>
    </message>
    <message>
        <source>Pain that keeps climbing, tingling, numbness or dizziness during an exercise</source>
        <translation>Dolore che continua ad aumentare, formicolio, intorpidimento o capogiri durante un esercizio</translation>
    </message>
    <message>
        <source>Call an ambulance or go to an emergency department now if</source>
        <translation>Chiama un&apos;ambulanza o vai subito al pronto soccorso se</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist in the next few days if</source>
        <translation>Rivolgiti a un medico o a un fisioterapista nei prossimi giorni se</translation>
    </message>
    <message>
        <source>Stop the exercise, and leave it out until you have asked a clinician, if you notice</source>
        <translation>Interrompi l&apos;esercizio ed evitalo finché non hai chiesto a un professionista sanitario, se noti</translation>
    </message>
    <message>
        <source>DeskCoach offers general movement guidance; it cannot tell what causes your pain. Sources: NHS, Back pain (2023).</source>
        <translation>DeskCoach offre indicazioni generali sul movimento; non può capire cosa causa il tuo dolore. Fonti: NHS, Back pain (2023).</translation>
    </message>
    <message>
        <source>This self-assessment supports, but does not replace, the workstation assessment your employer carries out. Report aches, tingling or eye strain to your manager or assessor.</source>
        <translation>Questa autovalutazione aiuta, ma non sostituisce, la valutazione della postazione svolta dal tuo datore di lavoro. Segnala dolori, formicolii o affaticamento degli occhi al tuo responsabile o a chi fa la valutazione.</translation>
    </message>
    <message>
        <source>Answers</source>
        <extracomment>the report&apos;s fixed words, translated when the report is made</extracomment>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Senza risposta</translation>
    </message>
    <message>
        <source>Nothing to fix.</source>
        <translation>Niente da sistemare.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Fatto il %1</translation>
    </message>
    <message>
        <source>Workstation self-assessment</source>
        <translation>Autovalutazione della postazione</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indicato</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Postazione</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>Da controllare entro</translation>
    </message>
    <message>
        <source>For the assessor</source>
        <translation>Per chi fa la valutazione</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Assessor&apos;s name</source>
        <translation>Nome del valutatore</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <source>Generated by DeskCoach; the questions are DeskCoach&apos;s own wording, based on the sources above.</source>
        <translation>Generato da DeskCoach; le domande sono formulate da DeskCoach, sulla base delle fonti indicate sopra.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n applicable points fine, %2 to act on</source>
        <translation>
            <numerusform>%1 punto pertinente su %n a posto, %2 da sistemare</numerusform>
            <numerusform>%1 punti pertinenti su %n a posto, %2 da sistemare</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>Workstation self-assessment, made with DeskCoach</source>
        <translation>Autovalutazione della postazione, fatta con DeskCoach</translation>
    </message>
    <message>
        <source>Name not given</source>
        <translation>Nome non indicato</translation>
    </message>
    <message>
        <source>Desktop computer</source>
        <translation>Computer fisso</translation>
    </message>
    <message>
        <source>Laptop on its own</source>
        <translation>Portatile da solo</translation>
    </message>
    <message>
        <source>Laptop with separate screen and keyboard</source>
        <translation>Portatile con schermo e tastiera separati</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rifiutato: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Logged %1/10 (%2) at %3.</source>
        <translation>Registrato %1/10 (%2) alle %3.</translation>
    </message>
    <message>
        <source>Logged %1/10 at %2.</source>
        <translation>Registrato %1/10 alle %2.</translation>
    </message>
    <message>
        <source>
Your answer matches a warning sign:</source>
        <translation>
La tua risposta corrisponde a un segnale d&apos;allarme:</translation>
    </message>
    <message>
        <source>
When to get help</source>
        <translation>
Quando chiedere aiuto</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>--days must be a whole number of days from 1 to %1, not %2</source>
        <translation>--days deve essere un numero intero di giorni da 1 a %1, non %2</translation>
    </message>
    <message>
        <source>No check-ins in the last %1 days. `deskcoach checkin --pain N` adds one.</source>
        <translation>Nessuna verifica rapida negli ultimi %1 giorni. `deskcoach checkin --pain N` ne aggiunge una.</translation>
    </message>
    <message>
        <source>
Plan changes</source>
        <translation>
Cambi di piano</translation>
    </message>
    <message>
        <source>There is no programme %1; `deskcoach programme list` names them.</source>
        <translation>Non esiste il programma %1; `deskcoach programme list` li elenca.</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n settimana</numerusform>
            <numerusform>%n settimane</numerusform>
        </translation>
    </message>
    <message>
        <source>suggested: %1</source>
        <translation>consigliato: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %n weeks
%3
</source>
        <translation>
            <numerusform>%1 (%2), %n settimana
%3
</numerusform>
            <numerusform>%1 (%2), %n settimane
%3
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Phase %1: %2 (%n days). %3</source>
        <translation>
            <numerusform>Fase %1: %2 (%n giorno). %3</numerusform>
            <numerusform>Fase %1: %2 (%n giorni). %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Programme stopped; breaks draw from the whole catalogue again.</source>
        <translation>Programma fermato; le pause attingono di nuovo da tutto il catalogo.</translation>
    </message>
    <message>
        <source>No programme is running. `deskcoach programme list` shows them.</source>
        <translation>Nessun programma in corso. `deskcoach programme list` li mostra.</translation>
    </message>
    <message>
        <source>%1: %2, phase %3 (%4).
%5.</source>
        <translation>%1: %2, fase %3 (%4).
%5.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Scritto %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avviso: %1</translation>
    </message>
    <message>
        <source>There is no exercise &apos;%1&apos;. `deskcoach exercises` lists them.</source>
        <translation>Non esiste l&apos;esercizio «%1». `deskcoach exercises` li elenca.</translation>
    </message>
    <message>
        <source>Dose: %1. About %2 s. Position: %3. Regions: %4.</source>
        <translation>Dose: %1. Circa %2 s. Posizione: %3. Zone: %4.</translation>
    </message>
    <message>
        <source>Seated alternative: %1</source>
        <translation>Alternativa da seduti: %1</translation>
    </message>
    <message>
        <source>Level %1: %2. %3</source>
        <translation>Livello %1: %2. %3</translation>
    </message>
    <message numerus="yes">
        <source>, %n reps</source>
        <translation>
            <numerusform>, %n ripetizione</numerusform>
            <numerusform>, %n ripetizioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n breaths</source>
        <translation>
            <numerusform>, %n respiro</numerusform>
            <numerusform>, %n respiri</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1. %2 (%3 s%4)</source>
        <translation>  %1. %2 (%3 s%4)</translation>
    </message>
    <message>
        <source>Caution: %1</source>
        <translation>Attenzione: %1</translation>
    </message>
    <message>
        <source>Why this dose: %1</source>
        <translation>Perché questa dose: %1</translation>
    </message>
    <message>
        <source>Give one exercise ID or --all.</source>
        <translation>Indica un ID di esercizio o --all.</translation>
    </message>
    <message>
        <source>Could not make %1: %2</source>
        <translation>Impossibile creare %1: %2</translation>
    </message>
    <message>
        <source>The checklist cannot be used: %1</source>
        <translation>La lista di controllo non è utilizzabile: %1</translation>
    </message>
    <message>
        <source>(laptop users)</source>
        <translation>(per chi usa il portatile)</translation>
    </message>
    <message>
        <source>--assessment takes &apos;latest&apos; or a date like 2026-11-21, not %1</source>
        <translation>--assessment accetta «latest» o una data come 2026-11-21, non %1</translation>
    </message>
    <message>
        <source>No completed workstation check found for %1. Choose Checklist... in the DeskCoach menu to do one.</source>
        <translation>Nessuna verifica della postazione completata trovata per %1. Scegli Lista di controllo... nel menu di DeskCoach per farne una.</translation>
    </message>
    <message>
        <source>Refused: --format %1 is turned off by your organisation (statistics export); the table and the progress window still show your statistics</source>
        <extracomment>The longest range `stats --days` shows, and the dates it accepts (so no day overflows). `stats` columns, in the table, CSV and JSON alike: `taken` is a count of breaks, and `compliance` the share of due breaks taken (a percentage in the table, 0-1 in CSV/JSON); `eye_breaks` counts the eye micro-breaks shown, apart from the movement breaks. How long `deskcoach import` waits for the running app to import (a million breaks take it about half a minute on a slow machine).</extracomment>
        <translation>Rifiutato: --format %1 è disattivato dalla tua organizzazione (esportazione delle statistiche); la tabella e la finestra dei progressi mostrano comunque le tue statistiche</translation>
    </message>
    <message>
        <source>--summary prints a table or JSON (--format table|json), not CSV</source>
        <translation>--summary stampa una tabella o JSON (--format table|json), non CSV</translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation>niente di previsto</translation>
    </message>
    <message>
        <source> (%1 points)</source>
        <translation> (%1 punti)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n breaks taken</source>
        <translation>
            <numerusform>%1 su %n pausa fatta</numerusform>
            <numerusform>%1 su %n pause fatte</numerusform>
        </translation>
    </message>
    <message>
        <source> of due breaks taken%1</source>
        <translation> delle pause previste fatte%1</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Settimana scorsa</translation>
    </message>
    <message numerus="yes">
        <source>%n days at %1 or more</source>
        <translation>
            <numerusform>%n giorno con almeno %1</numerusform>
            <numerusform>%n giorni con almeno %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: exporting your data is turned off by your organisation</source>
        <translation>Rifiutato: l&apos;esportazione dei tuoi dati è disattivata dalla tua organizzazione</translation>
    </message>
    <message>
        <source>Wrote %1 breaks, %2 checklist assessments and your settings to %3</source>
        <translation>Scritte %1 pause, %2 valutazioni della lista di controllo e le tue impostazioni in %3</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Refused, nothing was changed: %1</source>
        <translation>Rifiutato, non è stato cambiato nulla: %1</translation>
    </message>
    <message>
        <source>Could not check %1: %2</source>
        <translation>Impossibile controllare %1: %2</translation>
    </message>
    <message>
        <source>Could not import into %1: %2</source>
        <translation>Impossibile importare in %1: %2</translation>
    </message>
    <message>
        <source>DeskCoach: %1</source>
        <translation>DeskCoach: %1</translation>
    </message>
    <message>
        <source>DeskCoach is not running. Start it with `deskcoach` (or `deskcoach run`).</source>
        <translation>DeskCoach non è in esecuzione. Avvialo con `deskcoach` (o `deskcoach run`).</translation>
    </message>
    <message numerus="yes">
        <source>Programme: %1, week %2 of %n, phase %3 (%4)</source>
        <translation>
            <numerusform>Programma: %1, settimana %2 di %n, fase %3 (%4)</numerusform>
            <numerusform>Programma: %1, settimana %2 di %n, fase %3 (%4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Programme: %1, week %2 of a %n-week programme, phase %3 (%4)</source>
        <translation>
            <numerusform>Programma: %1, settimana %2 di un programma di %n settimana, fase %3 (%4)</numerusform>
            <numerusform>Programma: %1, settimana %2 di un programma di %n settimane, fase %3 (%4)</numerusform>
        </translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Al lavoro</translation>
    </message>
    <message>
        <source>Break about to start</source>
        <translation>Pausa in arrivo</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Rimandata</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Sospeso</translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n completata</numerusform>
            <numerusform>%n completate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n natural breaks (time away)</source>
        <translation>
            <numerusform>%n pausa naturale (assenza)</numerusform>
            <numerusform>%n pause naturali (assenza)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n saltata</numerusform>
            <numerusform>%n saltate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed</source>
        <translation>
            <numerusform>%n rimandata</numerusform>
            <numerusform>%n rimandate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n persa</numerusform>
            <numerusform>%n perse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n eye breaks</source>
        <translation>
            <numerusform>%n pausa per gli occhi</numerusform>
            <numerusform>%n pause per gli occhi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On a break: %n s left.</source>
        <translation>
            <numerusform>In pausa: ancora %n s.</numerusform>
            <numerusform>In pausa: ancora %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused until %1.</source>
        <translation>Sospeso fino a %1.</translation>
    </message>
    <message>
        <source>Work timer stopped (the screen is locked) with %1 to the next break.</source>
        <translation>Timer di lavoro fermo (schermo bloccato), ancora %1 alla prossima pausa.</translation>
    </message>
    <message>
        <source>Work timer stopped (you are away) with %1 to the next break.</source>
        <translation>Timer di lavoro fermo (non sei al computer), ancora %1 alla prossima pausa.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: next break at %2 (in %n s).</source>
        <translation>
            <numerusform>%1: prossima pausa alle %2 (tra %n s).</numerusform>
            <numerusform>%1: prossima pausa alle %2 (tra %n s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Oggi: %1</translation>
    </message>
    <message>
        <source>Refused: &apos;avoid_exercises&apos; names no exercise %1 (`deskcoach exercises` lists them)</source>
        <translation>Rifiutato: «avoid_exercises» indica un esercizio inesistente %1 (`deskcoach exercises` li elenca)</translation>
    </message>
    <message>
        <source>%1 = %2 (applied to the running DeskCoach)</source>
        <translation>%1 = %2 (applicato al DeskCoach in esecuzione)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossibile salvare %1: %2</translation>
    </message>
    <message>
        <source>%1 = %2 (saved; DeskCoach is not running)</source>
        <translation>%1 = %2 (salvato; DeskCoach non è in esecuzione)</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: non è una cartella</translation>
    </message>
    <message>
        <source>%1: no policy files (policy.json, managed/*.json, recommended/*.json)</source>
        <translation>%1: nessun file di criteri (policy.json, managed/*.json, recommended/*.json)</translation>
    </message>
    <message>
        <source>Trying the policy folder %1: DeskCoach itself reads only the system&apos;s policy (see `deskcoach policy show`).</source>
        <translation>Prova della cartella di criteri %1: DeskCoach di per sé legge solo i criteri di sistema (vedi `deskcoach policy show`).</translation>
    </message>
    <message>
        <source>%1 %2 read from: %3</source>
        <translation>%1 %2 letto da: %3</translation>
    </message>
    <message>
        <source>%1 %2 looked in: %3</source>
        <translation>%1 %2 cercato in: %3</translation>
    </message>
    <message>
        <source>%1 %2 control socket: %3</source>
        <translation>%1 %2 socket di controllo: %3</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: non leggibile (%2)</translation>
    </message>
    <message>
        <source>%1: not a valid TOML file (%2)</source>
        <translation>%1: file TOML non valido (%2)</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1: valido</translation>
    </message>
    <message>
        <source>daily anchors are at most %1 characters</source>
        <translation>le ancore quotidiane hanno al massimo %1 caratteri</translation>
    </message>
    <message>
        <source>cannot read %1: write a name and a time, e.g. &apos;coffee 08:30, lunch 12:30&apos;</source>
        <translation>impossibile leggere %1: scrivi un nome e un orario, es. «caffè 08:30, pranzo 12:30»</translation>
    </message>
    <message>
        <source>%1: the time must be 00:00-23:59</source>
        <translation>%1: l&apos;orario deve essere tra 00:00 e 23:59</translation>
    </message>
    <message>
        <source>at most %1 daily anchors</source>
        <translation>al massimo %1 ancore quotidiane</translation>
    </message>
    <message>
        <source>two anchors at the same time; give each its own</source>
        <translation>due ancore allo stesso orario; dai a ciascuna il suo</translation>
    </message>
    <message>
        <source>it is outside your working hours: DeskCoach starts again when they begin (change working_hours to work now)</source>
        <translation>sei fuori dall&apos;orario di lavoro: DeskCoach riparte quando inizia (modifica working_hours per lavorare ora)</translation>
    </message>
    <message>
        <source>there is no break on screen to finish</source>
        <translation>non c&apos;è nessuna pausa sullo schermo da terminare</translation>
    </message>
    <message>
        <source>there is no break to snooze right now</source>
        <translation>in questo momento non c&apos;è nessuna pausa da rimandare</translation>
    </message>
    <message>
        <source>strict mode is on: breaks cannot be snoozed</source>
        <translation>la modalità rigorosa è attiva: le pause non si possono rimandare</translation>
    </message>
    <message>
        <source>this break cannot be snoozed again (limit: %1 per break)</source>
        <translation>questa pausa non si può rimandare di nuovo (limite: %1 per pausa)</translation>
    </message>
    <message>
        <source>DeskCoach is paused: there is no break to skip</source>
        <translation>DeskCoach è sospeso: non c&apos;è nessuna pausa da saltare</translation>
    </message>
    <message>
        <source>strict mode is on: breaks cannot be skipped</source>
        <translation>la modalità rigorosa è attiva: le pause non si possono saltare</translation>
    </message>
    <message>
        <source>no skips left today (daily budget: %1)</source>
        <translation>oggi non puoi più saltare pause (limite giornaliero: %1)</translation>
    </message>
    <message>
        <source>a pause must end in the future</source>
        <translation>una sospensione deve finire nel futuro</translation>
    </message>
    <message>
        <source>a pause cannot be negative (%1): use e.g. 30m, 1h, 1h30m or tomorrow</source>
        <extracomment>&quot;Pause until tomorrow&quot; resumes at this local time on the next morning.</extracomment>
        <translation>una sospensione non può essere negativa (%1): usa es. 30m, 1h, 1h30m o tomorrow</translation>
    </message>
    <message>
        <source>cannot read pause length %1: use e.g. 30m, 1h, 1h30m or tomorrow</source>
        <translation>impossibile leggere la durata %1: usa es. 30m, 1h, 1h30m o tomorrow</translation>
    </message>
    <message>
        <source>pause length %1 is outside 1m-24h</source>
        <translation>la durata %1 è fuori dall&apos;intervallo 1m-24h</translation>
    </message>
    <message>
        <source>working hours are at most %1 characters</source>
        <translation>l&apos;orario di lavoro ha al massimo %1 caratteri</translation>
    </message>
    <message>
        <source>cannot read %1: write days then hours, e.g. &apos;mon-fri 08:30-17:30&apos;</source>
        <translation>impossibile leggere %1: scrivi prima i giorni e poi gli orari, es. «mon-fri 08:30-17:30»</translation>
    </message>
    <message>
        <source>working hours overlap on a day; list each time once</source>
        <translation>gli orari di lavoro si sovrappongono in un giorno; indica ogni orario una sola volta</translation>
    </message>
    <message>
        <source>%1 is not a day or day range (use mon..sun, e.g. mon-fri)</source>
        <translation>%1 non è un giorno né un intervallo di giorni (usa mon..sun, es. mon-fri)</translation>
    </message>
    <message>
        <source>%1: a day range runs forward, e.g. mon-fri</source>
        <translation>%1: un intervallo di giorni va in avanti, es. mon-fri</translation>
    </message>
    <message>
        <source>%1 is not a time range like 08:30-12:30</source>
        <translation>%1 non è un intervallo orario come 08:30-12:30</translation>
    </message>
    <message>
        <source>%1: a range must end after it starts, within one day</source>
        <translation>%1: un intervallo deve finire dopo l&apos;inizio, nello stesso giorno</translation>
    </message>
    <message>
        <source>Pain or discomfort as the user rated it, 0 (none) to 10 (worst). Written by DeskCoach, which gives general movement guidance and does not diagnose.</source>
        <translation>Dolore o fastidio come valutato dall&apos;utente, da 0 (nessuno) a 10 (il peggiore). Generato da DeskCoach, che offre indicazioni generali sul movimento e non fa diagnosi.</translation>
    </message>
    <message>
        <source>Pain and exercise log</source>
        <translation>Diario del dolore e degli esercizi</translation>
    </message>
    <message>
        <source>Weekly average</source>
        <translation>Media settimanale</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <source>Average (0-10)</source>
        <translation>Media (0-10)</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Verifiche rapide</translation>
    </message>
    <message>
        <source>Plan changes</source>
        <translation>Cambi di piano</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolore</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Esercizio</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>after break</source>
        <translation>dopo la pausa</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>mattina</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>settimanale</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuale</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <comment>date range</comment>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>Ancora nessuna verifica rapida.</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Ancora nessuna modifica.</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 · %n check-ins · Programme: %3</source>
        <translation>
            <numerusform>Dal %1 al %2 · %n verifica rapida · Programma: %3</numerusform>
            <numerusform>Dal %1 al %2 · %n verifiche rapide · Programma: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message numerus="yes">
        <source>Check-ins (the latest %1; %n older ones in the CSV export)</source>
        <translation>
            <numerusform>Verifiche rapide (le ultime %1; %n più vecchia nell&apos;esportazione CSV)</numerusform>
            <numerusform>Verifiche rapide (le ultime %1; %n più vecchie nell&apos;esportazione CSV)</numerusform>
        </translation>
    </message>
    <message>
        <source>DeskCoach is already running; its icon is in the system tray.</source>
        <translation>DeskCoach è già in esecuzione; la sua icona è nell&apos;area di notifica.</translation>
    </message>
    <message>
        <source>standing</source>
        <extracomment>each position in words, translated where shown</extracomment>
        <translation>in piedi</translation>
    </message>
    <message>
        <source>seated</source>
        <translation>da seduti</translation>
    </message>
    <message>
        <source>seated or standing</source>
        <translation>da seduti o in piedi</translation>
    </message>
    <message>
        <source>Stop if it hurts, tingles, goes numb, spreads into an arm or leg, or makes you dizzy.</source>
        <translation>Fermati se fa male, formicola, intorpidisce, scende in un braccio o in una gamba, o ti fa girare la testa.</translation>
    </message>
    <message>
        <source>%1: %2: &apos;%3&apos; %4 breaks the limit (%5, from %6); using %7</source>
        <translation>%1: %2: «%3» %4 supera il limite (%5, da %6); si usa %7</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set by your organisation</source>
        <translation>«%1» è impostato dalla tua organizzazione</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must stay on (limit set by your organisation)</source>
        <translation>«%1» deve restare attivo (limite impostato dalla tua organizzazione)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; may be at most %2 (limit set by your organisation)</source>
        <translation>«%1» può essere al massimo %2 (limite impostato dalla tua organizzazione)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be at least %2 (limit set by your organisation)</source>
        <translation>«%1» deve essere almeno %2 (limite impostato dalla tua organizzazione)</translation>
    </message>
    <message>
        <source>your settings: %1; ignored</source>
        <translation>le tue impostazioni: %1; ignorato</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 (%3) is limited by your organisation to %4</source>
        <translation>«%1» %2 (%3) è limitato dalla tua organizzazione a %4</translation>
    </message>
    <message>
        <source>%1: a policy must be an object of sections (%2), not %3</source>
        <translation>%1: un criterio deve essere un oggetto composto da sezioni (%2), non %3</translation>
    </message>
    <message>
        <source>&apos;version&apos; is missing; reading it as version %1</source>
        <translation>«version» manca; viene letto come versione %1</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be an object of setting: value, not %3</source>
        <translation>%1: «%2» deve essere un oggetto impostazione: valore, non %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; belongs inside &apos;mandatory&apos;; ignored</source>
        <translation>«%1» va dentro «mandatory»; ignorato</translation>
    </message>
    <message>
        <source>unknown section %1 (known: %2); ignored</source>
        <translation>sezione sconosciuta %1 (note: %2); ignorata</translation>
    </message>
    <message>
        <source>&apos;version&apos; must be %1, not %2; reading it as version %1</source>
        <translation>«version» deve essere %1, non %2; viene letto come versione %1</translation>
    </message>
    <message>
        <source>&apos;version&apos; is %1, newer than this DeskCoach understands (%2); known entries are used</source>
        <translation>«version» è %1, più recente di quanto questa versione di DeskCoach capisca (%2); si usano le voci note</translation>
    </message>
    <message>
        <source>&apos;%1&apos; are only allowed in mandatory policy; ignored</source>
        <translation>«%1» sono consentiti solo nei criteri obbligatori; ignorato</translation>
    </message>
    <message>
        <source>%1; ignored</source>
        <translation>%1; ignorato</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object, not %2; ignored</source>
        <translation>«%1» deve essere un oggetto, non %2; ignorato</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be limited (limits exist for: %2); ignored</source>
        <translation>«%1» non può essere limitato (esistono limiti per: %2); ignorato</translation>
    </message>
    <message>
        <source>unknown setting %1; ignored</source>
        <translation>impostazione sconosciuta %1; ignorata</translation>
    </message>
    <message>
        <source>&apos;%1&apos; false has no effect (a limit can only require it to be on; to switch it off for everyone, set it in mandatory)</source>
        <translation>«%1» false non ha effetto (un limite può solo richiedere che sia attivo; per disattivarlo per tutti, impostalo in mandatory)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true (it must be on), not %2; ignored</source>
        <translation>«%1» deve essere true (deve essere attivo), non %2; ignorato</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2, not %3; ignored</source>
        <translation>«%1» deve essere %2, non %3; ignorato</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes only a &apos;%2&apos; limit (a limit may only make settings stricter), not %3; ignored</source>
        <translation>«%1» accetta solo un limite «%2» (un limite può solo rendere le impostazioni più rigorose), non %3; ignorato</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 must be a whole number (%3), not %4; ignored</source>
        <translation>«%1» %2 deve essere un numero intero (%3), non %4; ignorato</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 %3 (%4) is no limit; ignored</source>
        <translation>«%1» %2 %3 (%4) non è un limite; ignorato</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 %3 is outside %4; using %5</source>
        <translation>«%1» %2 %3 è fuori da %4; si usa %5</translation>
    </message>
    <message>
        <source>unknown feature %1 (known: %2); ignored</source>
        <translation>funzione sconosciuta %1 (note: %2); ignorata</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false, not %2; ignored</source>
        <translation>«%1» deve essere true o false, non %2; ignorato</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 contradicts mandatory &apos;%1&apos; %3; using %3</source>
        <translation>«%1» %2 contraddice il valore obbligatorio «%1» %3; si usa %3</translation>
    </message>
    <message>
        <source>%1: written by a newer DeskCoach (schema %2, this one knows %3); it is left untouched and this session&apos;s breaks are kept in memory only</source>
        <translation>%1: scritto da una versione più recente di DeskCoach (schema %2, questa conosce %3); il file non viene toccato e le pause di questa sessione restano solo in memoria</translation>
    </message>
    <message>
        <source>Break history could not be saved to %1 (%2). The breaks saved there are left as they are; this session&apos;s breaks are kept in memory and saved there as soon as it can be written again (DeskCoach retries every minute).</source>
        <translation>Non è stato possibile salvare la cronologia delle pause in %1 (%2). Le pause già salvate lì restano come sono; le pause di questa sessione restano in memoria e vengono salvate lì appena sarà di nuovo possibile scrivere (DeskCoach riprova ogni minuto).</translation>
    </message>
    <message>
        <source>%1: damaged (%2); it was moved to %3 and a fresh history started. To recover, quit DeskCoach and try `sqlite3 %3 .recover | sqlite3 recovered.sqlite3`.</source>
        <translation>%1: danneggiato (%2); è stato spostato in %3 ed è stata avviata una nuova cronologia. Per recuperare i dati, chiudi DeskCoach e prova `sqlite3 %3 .recover | sqlite3 recovered.sqlite3`.</translation>
    </message>
    <message>
        <source>%1: cannot be used (%2); breaks are kept in memory only this session</source>
        <translation>%1: non utilizzabile (%2); in questa sessione le pause restano solo in memoria</translation>
    </message>
    <message>
        <source>%1: not a readable JSON file (%2)</source>
        <extracomment>Each section as exported: its query, and the columns that hold JSON text.
----------
The staged columns of each section: the stored ones, then what the last checks need. Breaks looked up in the history at once, to find those it holds already. The page cache while importing (the history&apos;s own is 512 KiB): a million random look-ups in the uid index need the index in memory. Bounded, and put back afterwards.</extracomment>
        <translation>%1: non è un file JSON leggibile (%2)</translation>
    </message>
    <message>
        <source>%1: not a DeskCoach export (&apos;format&apos; must be %2)</source>
        <extracomment>How far ahead of this computer&apos;s clock a recorded time may be (the other one&apos;s was fast). No record is older: clocks that lost their time restart at 1970, never before. How far a break may fall due from when it ended (skipping the next break ahead records a due time in the future; a long sleep one in the past).</extracomment>
        <translation>%1: non è un&apos;esportazione di DeskCoach («format» deve essere %2)</translation>
    </message>
    <message>
        <source>%1: settings: %2</source>
        <translation>%1: impostazioni: %2</translation>
    </message>
    <message>
        <source>%1: &apos;format_version&apos; is %2; this DeskCoach reads 1-%3</source>
        <translation>%1: «format_version» è %2; questa versione di DeskCoach legge 1-%3</translation>
    </message>
    <message>
        <source>is %1, more than %2 days from its end (%3)</source>
        <translation>è %1, più di %2 giorni dalla sua fine (%3)</translation>
    </message>
    <message>
        <source>(%1) is before started (%2)</source>
        <translation>(%1) è prima dell&apos;inizio (%2)</translation>
    </message>
    <message>
        <source>must be a list of exercise ids</source>
        <translation>deve essere un elenco di ID di esercizi</translation>
    </message>
    <message>
        <source>(%1) is before its break ended (%2.ended %3)</source>
        <translation>(%1) è prima della fine della sua pausa (%2.ended %3)</translation>
    </message>
    <message>
        <source>%1 is not among its break&apos;s exercises (%2.exercises)</source>
        <translation>%1 non è tra gli esercizi della sua pausa (%2.exercises)</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>deve essere un testo</translation>
    </message>
    <message>
        <source>must map item ids to %1</source>
        <translation>deve associare gli ID dei punti della lista a %1</translation>
    </message>
    <message>
        <source>names %1, not a checklist item</source>
        <translation>indica %1, che non è un punto della lista di controllo</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be an object</source>
        <translation>%1: «%2» deve essere un oggetto</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a list</source>
        <translation>%1: «%2» deve essere un elenco</translation>
    </message>
    <message>
        <source>%1: %2[%3] must be an object</source>
        <translation>%1: %2[%3] deve essere un oggetto</translation>
    </message>
    <message>
        <source>must be a text of 1-200 characters</source>
        <translation>deve essere un testo di 1-200 caratteri</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>deve essere un numero intero da %1 a %2</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>deve essere uno tra %1</translation>
    </message>
    <message>
        <source>must be an ISO 8601 time with its UTC offset</source>
        <translation>deve essere un orario ISO 8601 con il suo scostamento UTC</translation>
    </message>
    <message>
        <source>is %1, before %2</source>
        <translation>è %1, prima di %2</translation>
    </message>
    <message>
        <source>is %1, in the future (this computer&apos;s clock says %2)</source>
        <translation>è %1, nel futuro (l&apos;orologio di questo computer indica %2)</translation>
    </message>
    <message>
        <source>(%1) is before %2 (%3)</source>
        <translation>(%1) è prima di %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 appears twice</source>
        <translation>%1: %2 compare due volte</translation>
    </message>
    <message>
        <source>a check-in&apos;s time must carry its UTC offset</source>
        <extracomment>after_break: the 10-second question after a break; morning: the first break of the day (&quot;how is it this morning?&quot;); weekly: the body map; manual: `deskcoach checkin`. At or under this during and after exercise is fine (&quot;a mild ache&quot;); above it is too much.</extracomment>
        <translation>l&apos;orario di una verifica rapida deve indicare il suo scostamento UTC</translation>
    </message>
    <message>
        <source>pain must be a whole number from 0 to %1, not %2</source>
        <translation>il dolore deve essere un numero intero da 0 a %1, non %2</translation>
    </message>
    <message>
        <source>kind is %1, allowed: %2</source>
        <translation>il tipo è %1, consentito: %2</translation>
    </message>
    <message>
        <source>region is %1, allowed: %2</source>
        <translation>la zona è %1, consentito: %2</translation>
    </message>
    <message>
        <source>the note is one line of at most %1 characters</source>
        <translation>la nota è una riga di al massimo %1 caratteri</translation>
    </message>
    <message>
        <source>Your answer matches a warning sign:</source>
        <translation>La tua risposta corrisponde a un segnale d&apos;allarme:</translation>
    </message>
    <message numerus="yes">
        <source>week %1 of %n</source>
        <translation>
            <numerusform>settimana %1 di %n</numerusform>
            <numerusform>settimana %1 di %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week %1 of a %n-week programme</source>
        <translation>
            <numerusform>settimana %1 di un programma di %n settimana</numerusform>
            <numerusform>settimana %1 di un programma di %n settimane</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage: the number, then the sign as the language writes it</comment>
        <translation>%1%</translation>
    </message>
</context>
</TS>
