<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>A break is waiting</source>
        <extracomment>The rest of starting waits this long after the icon is shown: the event loop goes idle, so the dock request reaches the tray host and the icon is placed before the scheduler, content and detectors load (run at once, they kept the request unsent for 50-100 ms).</extracomment>
        <translation>Eine Pause wartet</translation>
    </message>
    <message>
        <source>Your break has waited %1 minutes for a meeting or full-screen app. Take it when you can; it appears as soon as you are done.</source>
        <translation>Deine Pause hat %1 Minuten gewartet, bis ein Meeting oder eine Vollbild-App vorbei war. Mach sie, wenn es passt; sie erscheint, sobald du fertig bist.</translation>
    </message>
    <message>
        <source>DeskCoach workstation check</source>
        <translation>DeskCoach-Arbeitsplatz-Check</translation>
    </message>
    <message>
        <source>DeskCoach: some files could not be used</source>
        <translation>DeskCoach: Einige Dateien konnten nicht verwendet werden</translation>
    </message>
    <message>
        <source>The workstation checklist could not be loaded.</source>
        <translation>Die Arbeitsplatz-Checkliste konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>DeskCoach cannot open its control socket: %1.</source>
        <translation>DeskCoach kann seinen Steuer-Socket nicht öffnen: %1.</translation>
    </message>
    <message>
        <source>DeskCoach is already running for this profile.</source>
        <translation>DeskCoach läuft für dieses Profil bereits.</translation>
    </message>
    <message>
        <source>%1, step %2 of %3: %4</source>
        <translation>%1, Schritt %2 von %3: %4</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>%1: five minutes for your body</source>
        <translation>%1: fünf Minuten für deinen Körper</translation>
    </message>
    <message>
        <source>%1. Click here to start.</source>
        <translation>%1. Klick hier, um zu beginnen.</translation>
    </message>
    <message>
        <source>Stand up, reach both arms overhead, and take 10 slow breaths.</source>
        <translation>Steh auf, streck beide Arme über den Kopf und atme 10-mal langsam ein und aus.</translation>
    </message>
    <message>
        <source>MOVEMENT BREAK</source>
        <translation>BEWEGUNGSPAUSE</translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>Zeit für Bewegung</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>So geht&apos;s</translation>
    </message>
    <message>
        <source>Break progress</source>
        <translation>Fortschritt der Pause</translation>
    </message>
    <message>
        <source>The timer waits while you keep working; step away to let it run.</source>
        <translation>Der Timer wartet, solange du weiterarbeitest; steh auf und geh weg, damit er läuft.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Done: finish the break now</source>
        <translation>Fertig: Pause jetzt beenden</translation>
    </message>
    <message>
        <source>S&amp;wap exercise</source>
        <translation>Übung &amp;tauschen</translation>
    </message>
    <message>
        <source>Swap this exercise for another</source>
        <translation>Diese Übung gegen eine andere tauschen</translation>
    </message>
    <message>
        <source>Exercise &amp;info</source>
        <translation>Übungs&amp;info</translation>
    </message>
    <message>
        <source>This exercise&apos;s cautions and who should leave it out</source>
        <translation>Hinweise zu dieser Übung und wer sie auslassen sollte</translation>
    </message>
    <message>
        <source>When to get &amp;help</source>
        <translation>Wann &amp;Hilfe holen</translation>
    </message>
    <message>
        <source>BEFORE YOUR FIRST MOVEMENT BREAK</source>
        <translation>VOR DEINER ERSTEN BEWEGUNGSPAUSE</translation>
    </message>
    <message>
        <source>Move gently, and listen to your body</source>
        <translation>Beweg dich sanft und hör auf deinen Körper</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Sicherheitshinweis</translation>
    </message>
    <message>
        <source>&amp;I understand, show the exercises</source>
        <translation>&amp;Verstanden, Übungen zeigen</translation>
    </message>
    <message>
        <source>DeskCoach suggests gentle, general movements. It is not medical advice.

Move within a comfortable range and never bounce. Stop if a movement hurts, tingles, goes numb, sends symptoms into an arm or leg, makes you dizzy or makes pain worse.

Get emergency care now for loss of bladder or bowel control, numbness around the genitals or buttocks, new weakness in the legs, or chest pain. See a doctor or physiotherapist before going on if pain spreads below the knee, wakes you at night or keeps getting worse, and after recent surgery or injury, or during pregnancy.

&quot;When to get help&quot; (below, and in the tray menu) lists every sign.</source>
        <translation>DeskCoach schlägt sanfte, allgemeine Bewegungen vor. Das ist kein medizinischer Rat.

Beweg dich im angenehmen Bereich und federe nie nach. Hör auf, wenn eine Bewegung wehtut, kribbelt, taub wird, Beschwerden in einen Arm oder ein Bein ausstrahlen lässt, dich schwindelig macht oder Schmerzen verstärkt.

Hol sofort Notfallhilfe bei Verlust der Kontrolle über Blase oder Darm, Taubheit im Genital- oder Gesäßbereich, neuer Schwäche in den Beinen oder Brustschmerzen. Geh zu einer Ärztin, einem Arzt oder in die Physiotherapie, bevor du weitermachst, wenn Schmerzen unter das Knie ausstrahlen, dich nachts wecken oder immer schlimmer werden, sowie nach einer kürzlichen Operation oder Verletzung oder während einer Schwangerschaft.

„Wann Hilfe holen“ (unten und im Menü im Infobereich) nennt alle Warnzeichen.</translation>
    </message>
    <message>
        <source>Breath %1 of %2</source>
        <translation>Atemzug %1 von %2</translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation>Wiederholung %1 von %2</translation>
    </message>
    <message>
        <source>Hold %1 s</source>
        <translation>%1 s halten</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>BREAK DONE</source>
        <translation>PAUSE GESCHAFFT</translation>
    </message>
    <message>
        <source>Nice work. How did that feel?</source>
        <translation>Gut gemacht. Wie hat es sich angefühlt?</translation>
    </message>
    <message>
        <source>One tap helps DeskCoach pick exercises that suit you. Uncomfortable? A short question then asks which exercise.</source>
        <translation>Ein Tipp hilft DeskCoach, Übungen zu wählen, die zu dir passen. Unangenehm? Dann fragt eine kurze Frage, welche Übung es war.</translation>
    </message>
    <message>
        <source>Felt &amp;good</source>
        <translation>Tat &amp;gut</translation>
    </message>
    <message>
        <source>&amp;Neutral</source>
        <translation>&amp;Neutral</translation>
    </message>
    <message>
        <source>&amp;Uncomfortable</source>
        <translation>&amp;Unangenehm</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Thanks for telling DeskCoach</source>
        <extracomment>The break window is built this many real seconds before a break falls due, so it shows at once then (building it, with the figure and its stylesheets, takes 50-100 ms); not sooner, so an idle app does not carry it for the whole work stretch.</extracomment>
        <translation>Danke für deine Rückmeldung</translation>
    </message>
    <message>
        <source>If discomfort keeps coming back, a quick workstation check can help: Checklist... in the menu. See a clinician about pain that persists.</source>
        <translation>Wenn Beschwerden immer wiederkommen, kann ein kurzer Arbeitsplatz-Check helfen: Checkliste... im Menü. Lass anhaltende Schmerzen ärztlich abklären.</translation>
    </message>
    <message>
        <source>DeskCoach - time to move</source>
        <translation>DeskCoach – Zeit für Bewegung</translation>
    </message>
    <message>
        <source>Movement break</source>
        <translation>Bewegungspause</translation>
    </message>
    <message>
        <source>Look at something far away and breathe easily until the break ends.</source>
        <translation>Schau in die Ferne und atme entspannt, bis die Pause endet.</translation>
    </message>
    <message numerus="yes">
        <source>S&amp;nooze %n min</source>
        <translation>
            <numerusform>%n min &amp;später</numerusform>
            <numerusform>%n min &amp;später</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze the break for %n minutes</source>
        <translation>
            <numerusform>Pause um %n Minute verschieben</numerusform>
            <numerusform>Pause um %n Minuten verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Movement break. Before it starts: %1</source>
        <translation>Bewegungspause. Vorher: %1</translation>
    </message>
    <message>
        <source>Movement break: %1. %2</source>
        <translation>Bewegungspause: %1. %2</translation>
    </message>
    <message>
        <source>MOVEMENT BREAK  ·  EXERCISE %1 OF %2</source>
        <translation>BEWEGUNGSPAUSE  ·  ÜBUNG %1 VON %2</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Ausruhen</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skip (%n left today)</source>
        <translation>
            <numerusform>Ü&amp;berspringen (heute noch %n)</numerusform>
            <numerusform>Ü&amp;berspringen (heute noch %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Point at a period for its figures.</source>
        <translation>Zeig auf einen Zeitraum, um seine Zahlen zu sehen.</translation>
    </message>
    <message>
        <source>Details of the period under the pointer</source>
        <translation>Details zum Zeitraum unter dem Mauszeiger</translation>
    </message>
    <message>
        <source>Breaks, share taken and longest stretch per period</source>
        <translation>Pausen, Anteil gemachter Pausen und längste Zeit ohne Pause pro Zeitraum</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>Taken (%)</source>
        <translation>Gemacht (%)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Skipped and missed breaks by weekday and hour</source>
        <translation>Übersprungene und verpasste Pausen nach Wochentag und Uhrzeit</translation>
    </message>
    <message>
        <source>When breaks get skipped or missed</source>
        <translation>Wann Pausen übersprungen oder verpasst werden</translation>
    </message>
    <message>
        <source>Skipped or missed</source>
        <translation>Übersprungen oder verpasst</translation>
    </message>
    <message>
        <source>* %1 is not over yet: its figures so far.</source>
        <translation>* %1 ist noch nicht vorbei: die Zahlen bis jetzt.</translation>
    </message>
    <message>
        <source>Share of due breaks taken; dashed: your %1 goal; no dot: nothing due</source>
        <translation>Anteil der gemachten fälligen Pausen; gestrichelt: dein Ziel von %1; kein Punkt: nichts fällig</translation>
    </message>
    <message>
        <source>Longest time without a break; dashed: your %1 min interval</source>
        <translation>Längste Zeit ohne Pause; gestrichelt: dein Intervall von %1 min</translation>
    </message>
    <message>
        <source>Hour the break fell due</source>
        <translation>Stunde, in der die Pause fällig war</translation>
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
        <translation>Dein Plan hat sich geändert</translation>
    </message>
    <message>
        <source>How does it feel now?</source>
        <translation>Wie fühlt es sich jetzt an?</translation>
    </message>
    <message>
        <source>Pain or discomfort from 0 (none) to 10 (the worst). Up to 3 is fine; DeskCoach paces each exercise by your answers.</source>
        <translation>Schmerzen oder Beschwerden von 0 (keine) bis 10 (am schlimmsten). Bis 3 ist in Ordnung; DeskCoach passt jede Übung an deine Antworten an.</translation>
    </message>
    <message>
        <source>How did your body feel when you got up today?</source>
        <translation>Wie hat sich dein Körper heute beim Aufstehen angefühlt?</translation>
    </message>
    <message>
        <source>0 is no pain or stiffness, 10 the worst. Your mornings decide when an exercise gets harder or easier.</source>
        <translation>0 heißt keine Schmerzen oder Steifheit, 10 am schlimmsten. Deine Morgen entscheiden, wann eine Übung schwerer oder leichter wird.</translation>
    </message>
    <message>
        <source>Which places ached this week?</source>
        <translation>Welche Stellen haben diese Woche wehgetan?</translation>
    </message>
    <message>
        <source>Tick each one, then pick how bad it was at worst (0-10). Nothing ached? Pick 0.</source>
        <translation>Hak jede an und wähl, wie schlimm es höchstens war (0–10). Nichts hat wehgetan? Wähl 0.</translation>
    </message>
    <message>
        <source>DeskCoach check-in</source>
        <extracomment>answers: one (pain, region or &quot;&quot;, exercise or &quot;&quot;) per check-in; kind; free-text note</extracomment>
        <translation>DeskCoach-Check-in</translation>
    </message>
    <message>
        <source>The whole break</source>
        <translation>Die ganze Pause</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Betri&amp;fft</translation>
    </message>
    <message>
        <source>Where (optional)</source>
        <translation>Wo (optional)</translation>
    </message>
    <message>
        <source>Anywhere / in general</source>
        <translation>Überall / allgemein</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Wo</translation>
    </message>
    <message>
        <source>Pain %1 of 10</source>
        <translation>Schmerz %1 von 10</translation>
    </message>
    <message>
        <source>Anything else, such as numbness or tingling? (optional)</source>
        <translation>Sonst noch etwas, etwa Taubheit oder Kribbeln? (optional)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>DeskCoach</source>
        <translation>DeskCoach</translation>
    </message>
    <message>
        <source>Your answers could not be saved: %1</source>
        <translation>Deine Antworten konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Workstation check exported</source>
        <translation>Arbeitsplatz-Check exportiert</translation>
    </message>
    <message numerus="yes">
        <source>%n workstation actions to follow up: %1</source>
        <translation>
            <numerusform>%n offene Maßnahme am Arbeitsplatz: %1</numerusform>
            <numerusform>%n offene Maßnahmen am Arbeitsplatz: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has been %n months since your workstation check. A fresh one takes five minutes: Checklist... in the DeskCoach menu.</source>
        <translation>
            <numerusform>Dein Arbeitsplatz-Check ist %n Monat her. Ein neuer dauert fünf Minuten: Checkliste... im DeskCoach-Menü.</numerusform>
            <numerusform>Dein Arbeitsplatz-Check ist %n Monate her. Ein neuer dauert fünf Minuten: Checkliste... im DeskCoach-Menü.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time for a workstation check: choose Checklist... in the DeskCoach menu. It takes about five minutes.</source>
        <translation>Zeit für einen Arbeitsplatz-Check: Wähl Checkliste... im DeskCoach-Menü. Es dauert etwa fünf Minuten.</translation>
    </message>
    <message>
        <source>DeskCoach - workstation check</source>
        <translation>DeskCoach – Arbeitsplatz-Check</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>exercise ids</source>
        <translation>Übungs-IDs</translation>
    </message>
    <message>
        <source>a list of up to %1 of: %2</source>
        <translation>eine Liste mit bis zu %1 von: %2</translation>
    </message>
    <message>
        <source>neck</source>
        <extracomment>each region in words, for sentences (&quot;neck, upper back&quot;); translated where shown</extracomment>
        <translation>Nacken</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>oberer Rücken</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>Brust</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>unterer Rücken</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>Hüften</translation>
    </message>
    <message>
        <source>legs</source>
        <translation>Beine</translation>
    </message>
    <message>
        <source>legs&apos; circulation</source>
        <extracomment>clearer on its own as a box to tick than the word the sentences use</extracomment>
        <translation>Durchblutung der Beine</translation>
    </message>
    <message>
        <source>wrists and hands</source>
        <translation>Handgelenke und Hände</translation>
    </message>
    <message>
        <source>circulation</source>
        <translation>Durchblutung</translation>
    </message>
    <message>
        <source>eyes</source>
        <translation>Augen</translation>
    </message>
    <message>
        <source>breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <source>whole body</source>
        <translation>ganzer Körper</translation>
    </message>
    <message>
        <source>Work interval</source>
        <translation>Arbeitsintervall</translation>
    </message>
    <message>
        <source>Minutes of work between breaks; 30-45 is recommended.</source>
        <translation>Arbeitsminuten zwischen den Pausen; 30–45 werden empfohlen.</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>Pausendauer</translation>
    </message>
    <message>
        <source>How long each movement break lasts.</source>
        <translation>Wie lange jede Bewegungspause dauert.</translation>
    </message>
    <message>
        <source>Notice before a break</source>
        <translation>Vorwarnung vor einer Pause</translation>
    </message>
    <message>
        <source>How early the tray warns that a break is coming (0 = no notice).</source>
        <translation>Wie früh das Symbol im Infobereich eine Pause ankündigt (0 = keine Vorwarnung).</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>Verschiebedauer</translation>
    </message>
    <message>
        <source>How long Snooze puts a break off.</source>
        <translation>Um wie lange „Später“ eine Pause verschiebt.</translation>
    </message>
    <message>
        <source>Putting breaks off</source>
        <translation>Pausen verschieben</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <translation>Verschiebungen pro Pause</translation>
    </message>
    <message>
        <source>How often one break may be snoozed.</source>
        <translation>Wie oft eine Pause verschoben werden darf.</translation>
    </message>
    <message>
        <source>Skips per day</source>
        <translation>Überspringen pro Tag</translation>
    </message>
    <message>
        <source>How many breaks may be skipped each day.</source>
        <translation>Wie viele Pausen pro Tag übersprungen werden dürfen.</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Strict mode</source>
        <translation>Strenger Modus</translation>
    </message>
    <message>
        <source>Breaks cannot be skipped or snoozed.</source>
        <translation>Pausen können weder übersprungen noch verschoben werden.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Play a soft cue when a break starts and when it ends (never while a meeting holds breaks).</source>
        <translation>Einen leisen Ton spielen, wenn eine Pause beginnt und endet (nie, während ein Meeting Pausen zurückhält).</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Start DeskCoach when you log in.</source>
        <translation>DeskCoach starten, wenn du dich anmeldest.</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>Weniger Bewegung</translation>
    </message>
    <message>
        <source>Show still key poses instead of animations.</source>
        <translation>Feste Schlüsselhaltungen statt Animationen zeigen.</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Seated only</source>
        <translation>Nur im Sitzen</translation>
    </message>
    <message>
        <source>Only suggest exercises that can be done sitting down.</source>
        <translation>Nur Übungen vorschlagen, die im Sitzen gehen.</translation>
    </message>
    <message>
        <source>Back movements</source>
        <translation>Rückenbewegungen</translation>
    </message>
    <message>
        <source>Leave out forward bends (flexion) or backward bends (extension) if one of them does not feel good.</source>
        <translation>Vorbeugen (Flexion) oder Rückbeugen (Extension) weglassen, wenn sich eines davon nicht gut anfühlt.</translation>
    </message>
    <message>
        <source>Regions to leave out</source>
        <translation>Auszulassende Körperregionen</translation>
    </message>
    <message>
        <source>Body regions DeskCoach should not suggest exercises for.</source>
        <translation>Körperregionen, für die DeskCoach keine Übungen vorschlagen soll.</translation>
    </message>
    <message>
        <source>Exercises to leave out</source>
        <translation>Auszulassende Übungen</translation>
    </message>
    <message>
        <source>Exercises DeskCoach should never suggest.</source>
        <translation>Übungen, die DeskCoach nie vorschlagen soll.</translation>
    </message>
    <message>
        <source>Away after</source>
        <translation>Abwesend nach</translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse after which the work timer stops; coming back after at least a break&apos;s length counts as a natural break.</source>
        <translation>Minuten ohne Tastatur oder Maus, nach denen der Arbeitstimer anhält; wer mindestens eine Pausenlänge weg war, hat eine natürliche Pause gemacht.</translation>
    </message>
    <message>
        <source>Smart timing</source>
        <translation>Intelligentes Timing</translation>
    </message>
    <message>
        <source>Wait for full-screen apps</source>
        <translation>Auf Vollbild-Apps warten</translation>
    </message>
    <message>
        <source>Hold a break while a full-screen app or presentation is in front.</source>
        <translation>Eine Pause zurückhalten, solange eine Vollbild-App oder Präsentation im Vordergrund ist.</translation>
    </message>
    <message>
        <source>Wait for meetings</source>
        <translation>Auf Meetings warten</translation>
    </message>
    <message>
        <source>Hold a break while another app uses the camera or microphone.</source>
        <translation>Eine Pause zurückhalten, solange eine andere App Kamera oder Mikrofon nutzt.</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Längste Wartezeit</translation>
    </message>
    <message>
        <source>After this long a held break gives a gentle reminder.</source>
        <translation>Nach dieser Zeit erinnert eine zurückgehaltene Pause sanft an sich.</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <source>e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always.</source>
        <translation>z. B. mon-fri 08:30-12:30,13:30-17:30; leer heißt immer.</translation>
    </message>
    <message>
        <source>Checklist reminders</source>
        <translation>Erinnerungen zur Checkliste</translation>
    </message>
    <message>
        <source>Remind me of open workstation actions and when a fresh check is due.</source>
        <translation>An offene Maßnahmen am Arbeitsplatz erinnern und daran, wann ein neuer Check fällig ist.</translation>
    </message>
    <message>
        <source>Workstation check</source>
        <translation>Arbeitsplatz-Check</translation>
    </message>
    <message>
        <source>Fresh check after</source>
        <translation>Neuer Check nach</translation>
    </message>
    <message>
        <source>Months after a workstation check until DeskCoach suggests a new one.</source>
        <translation>Monate nach einem Arbeitsplatz-Check, bis DeskCoach einen neuen vorschlägt.</translation>
    </message>
    <message>
        <source>Streak goal</source>
        <translation>Ziel für die Serie</translation>
    </message>
    <message>
        <source>The share of the day&apos;s due breaks to take for the day to join your streak on the progress dashboard.</source>
        <translation>Der Anteil der fälligen Pausen eines Tages, den du machen musst, damit der Tag in deiner Serie in der Übersicht zählt.</translation>
    </message>
    <message>
        <source>Eye breaks every</source>
        <translation>Augenpausen alle</translation>
    </message>
    <message>
        <source>A 20-second prompt to look into the distance, between movement breaks (0 = off).</source>
        <translation>Eine 20-Sekunden-Erinnerung, in die Ferne zu schauen, zwischen den Bewegungspausen (0 = aus).</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Eye breaks</source>
        <translation>Augenpausen</translation>
    </message>
    <message>
        <source>Daily anchors</source>
        <translation>Tägliche Anker</translation>
    </message>
    <message>
        <source>Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none.</source>
        <translation>Optionale Fünf-Minuten-Routinen zu Zeiten, die du ohnehin einhältst, z. B. Kaffee 08:30, Mittag 12:30, Feierabend 17:15; leer heißt keine.</translation>
    </message>
    <message>
        <source>Daily routines</source>
        <translation>Tägliche Routinen</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>How loud the break cues are.</source>
        <translation>Wie laut die Pausentöne sind.</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Which of DeskCoach&apos;s sounds the cues use.</source>
        <translation>Welchen DeskCoach-Klang die Töne verwenden.</translation>
    </message>
    <message>
        <source>Break window on</source>
        <translation>Pausenfenster auf</translation>
    </message>
    <message>
        <source>pointer: the screen with the mouse pointer; primary: the main screen; all: the break on the pointer&apos;s screen and a calm dimmed panel on the others (it never blocks input).</source>
        <translation>pointer: dem Bildschirm mit dem Mauszeiger; primary: dem Hauptbildschirm; all: Pause auf dem Bildschirm des Mauszeigers und eine ruhige, abgedunkelte Fläche auf den anderen (sie blockiert nie die Eingabe).</translation>
    </message>
    <message>
        <source>Break window</source>
        <translation>Pausenfenster</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Light or dark windows; system follows your desktop&apos;s colour scheme.</source>
        <translation>Helle oder dunkle Fenster; system folgt dem Farbschema deines Desktops.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of DeskCoach&apos;s menus, exercises and messages; system follows your desktop. It applies at once; windows already open change when you open them again.</source>
        <translation>Die Sprache der Menüs, Übungen und Meldungen von DeskCoach; system folgt deinem Desktop. Sie gilt sofort; bereits offene Fenster wechseln, wenn du sie neu öffnest.</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos; (known: %2)</source>
        <translation>unbekannte Einstellung „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, allowed: %3</source>
        <translation>„%1“ ist %2, erlaubt: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false, not %2</source>
        <translation>„%1“ muss true oder false sein, nicht %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number (%2), not %3</source>
        <translation>„%1“ muss eine ganze Zahl sein (%2), nicht %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2, not %3</source>
        <translation>„%1“ muss %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds %2, allowed: %3</source>
        <translation>„%1“ enthält %2, erlaubt: %3</translation>
    </message>
    <message>
        <source>A desktop computer</source>
        <translation>Einen Desktop-Computer</translation>
    </message>
    <message>
        <source>A laptop on its own</source>
        <translation>Einen Laptop ohne Zubehör</translation>
    </message>
    <message>
        <source>A laptop with a separate screen, keyboard and mouse</source>
        <translation>Einen Laptop mit separatem Bildschirm, Tastatur und Maus</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>My manager</source>
        <translation>Meine Führungskraft</translation>
    </message>
    <message>
        <source>Facilities / IT</source>
        <translation>Haustechnik / IT</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Trifft nicht zu</translation>
    </message>
    <message>
        <source>&amp;Resume where you left off</source>
        <translation>Dort &amp;weitermachen, wo du aufgehört hast</translation>
    </message>
    <message>
        <source>WORKSTATION CHECK</source>
        <translation>ARBEITSPLATZ-CHECK</translation>
    </message>
    <message>
        <source>Is your desk set up to look after you?</source>
        <translation>Tut dir dein Arbeitsplatz gut?</translation>
    </message>
    <message>
        <source>%1 quick yes/no questions (%2 on a laptop used on its own), five minutes at most. Answer for the place you work most. You can stop at any time: your answers are kept.</source>
        <translation>%1 kurze Ja/Nein-Fragen (%2 bei einem Laptop ohne Zubehör), höchstens fünf Minuten. Antworte für den Platz, an dem du am meisten arbeitest. Du kannst jederzeit aufhören: Deine Antworten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Optional, for the report</source>
        <translation>Optional, für den Bericht</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Dein &amp;Name:</translation>
    </message>
    <message>
        <source>You work on:</source>
        <translation>Du arbeitest an:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Progress through the check</source>
        <translation>Fortschritt im Check</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Abbildung</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>Not &amp;applicable</source>
        <translation>&amp;Trifft nicht zu</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>Save and finish &amp;later</source>
        <translation>Speichern und &amp;später weitermachen</translation>
    </message>
    <message>
        <source>WORKSTATION CHECK DONE</source>
        <translation>ARBEITSPLATZ-CHECK ABGESCHLOSSEN</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>A self-assessment supports, but does not replace, your employer&apos;s workstation assessment.</source>
        <translation>Eine Selbsteinschätzung unterstützt die Gefährdungsbeurteilung deines Arbeitgebers, ersetzt sie aber nicht.</translation>
    </message>
    <message>
        <source>Start a &amp;new check</source>
        <translation>&amp;Neuen Check starten</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>Als &amp;PDF exportieren...</translation>
    </message>
    <message>
        <source>Export &amp;JSON...</source>
        <translation>Als &amp;JSON exportieren...</translation>
    </message>
    <message>
        <source>%1  ·  QUESTION %2 OF %3</source>
        <translation>%1  ·  FRAGE %2 VON %3</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>Warum es wichtig ist: %1</translation>
    </message>
    <message>
        <source>If not: %1</source>
        <translation>Wenn nicht: %1</translation>
    </message>
    <message>
        <source>%1 of %2 fine. %3</source>
        <translation>%1 von %2 in Ordnung. %3</translation>
    </message>
    <message>
        <source>Here is what to fix:</source>
        <translation>Das gibt es zu verbessern:</translation>
    </message>
    <message>
        <source>Nothing to fix. Well set up!</source>
        <translation>Nichts zu verbessern. Gut eingerichtet!</translation>
    </message>
    <message numerus="yes">
        <source>%n answers changed since your check on %1.</source>
        <translation>
            <numerusform>%n Antwort hat sich seit deinem Check am %1 geändert.</numerusform>
            <numerusform>%n Antworten haben sich seit deinem Check am %1 geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fine: %1</source>
        <translation>In Ordnung: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Who acts on: %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format (Qt QDate)</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Nachkontrolle am</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the workstation check</source>
        <translation>Arbeitsplatz-Check exportieren</translation>
    </message>
    <message>
        <source>DeskCoach - progress</source>
        <translation>DeskCoach – Fortschritt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <extracomment>(label, bucket size, buckets): whole weeks and months, the last one so far</extracomment>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>bar segments, bottom to top; their colours are the theme&apos;s `series`, in this order</extracomment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Snoozed, then taken</source>
        <translation>Verschoben, dann gemacht</translation>
    </message>
    <message>
        <source>Natural (away)</source>
        <translation>Natürlich (abwesend)</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>as in `deskcoach stats`: Taken counts breaks, Compliance is the share of due breaks taken</extracomment>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>Natürlich</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Gemacht</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Longest stretch (min)</source>
        <translation>Längste Zeit am Stück (min)</translation>
    </message>
    <message>
        <source>Minutes moved</source>
        <translation>Bewegte Minuten</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Dein Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Drawing the charts...</source>
        <translation>Diagramme werden gezeichnet...</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>Breaks per period, as a table, oldest first</source>
        <translation>Pausen pro Zeitraum als Tabelle, älteste zuerst</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>How the numbers are counted</source>
        <translation>Wie die Zahlen gezählt werden</translation>
    </message>
    <message>
        <source>&amp;How it is counted</source>
        <translation>&amp;Wie gezählt wird</translation>
    </message>
    <message>
        <source>Body log</source>
        <translation>Körpertagebuch</translation>
    </message>
    <message>
        <source>No breaks yet. After your first break, this is where you see how many you take each day, how long you go without one, and how you move. Take one now from the tray menu if you like.</source>
        <translation>Noch keine Pausen. Nach deiner ersten Pause siehst du hier, wie viele du pro Tag machst, wie lange du ohne Pause bleibst und wie du dich bewegst. Wenn du magst, starte jetzt eine über das Menü im Infobereich.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <source>This week, %1 to today</source>
        <translation>Diese Woche, %1 bis heute</translation>
    </message>
    <message>
        <source>This week (today)</source>
        <translation>Diese Woche (heute)</translation>
    </message>
    <message>
        <source>Streak, up to today</source>
        <translation>Serie bis heute</translation>
    </message>
    <message>
        <source>Moved this week</source>
        <translation>Diese Woche bewegt</translation>
    </message>
    <message>
        <source>Body regions this week</source>
        <translation>Körperregionen diese Woche</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n breaks</source>
        <translation>
            <numerusform>%1 von %n Pause</numerusform>
            <numerusform>%1 von %n Pausen</numerusform>
        </translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format (Qt QDate)</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>taken of those due so far</source>
        <translation>der bisher fälligen gemacht</translation>
    </message>
    <message>
        <source>of due breaks taken; nothing to compare with last week</source>
        <translation>der fälligen Pausen gemacht; kein Vergleich mit letzter Woche möglich</translation>
    </message>
    <message>
        <source>nothing due yet this week</source>
        <translation>diese Woche noch nichts fällig</translation>
    </message>
    <message numerus="yes">
        <source>%1 points against last week (%2)</source>
        <translation>
            <numerusform>%1 Punkte gegenüber letzter Woche (%2)</numerusform>
            <numerusform>%1 Punkte gegenüber letzter Woche (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>days in a row with %1 or more of due breaks taken; today joins at %1</source>
        <translation>Tage in Folge mit mindestens %1 gemachten fälligen Pausen; heute zählt ab %1 mit</translation>
    </message>
    <message>
        <source>no day yet with %1 or more of due breaks taken; today joins at %1</source>
        <translation>noch kein Tag mit mindestens %1 gemachten fälligen Pausen; heute zählt ab %1 mit</translation>
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
        <translation>Übungszeit in abgeschlossenen Pausen</translation>
    </message>
    <message>
        <source> (so far)</source>
        <translation> (bisher)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Regions this week</source>
        <translation>Regionen diese Woche</translation>
    </message>
    <message>
        <source>all but %1</source>
        <translation>alle außer %1</translation>
    </message>
    <message>
        <source>all of them</source>
        <translation>alle</translation>
    </message>
    <message>
        <source> · %1 of due breaks taken</source>
        <translation> · %1 der fälligen Pausen gemacht</translation>
    </message>
    <message>
        <source>No system tray was found on this desktop, so DeskCoach shows this small window instead. Closing it minimises it; use Quit to stop DeskCoach.</source>
        <translation>Auf diesem Desktop wurde kein Infobereich gefunden, daher zeigt DeskCoach stattdessen dieses kleine Fenster. Schließen minimiert es; mit Beenden stoppst du DeskCoach.</translation>
    </message>
    <message>
        <source>DeskCoach controls</source>
        <translation>DeskCoach-Steuerung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Take a &amp;break now</source>
        <translation>Jetzt eine &amp;Pause machen</translation>
    </message>
    <message>
        <source>&amp;Pause 30 min</source>
        <translation>30 min an&amp;halten</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>S&amp;kip next</source>
        <translation>&amp;Nächste überspringen</translation>
    </message>
    <message>
        <source>Pro&amp;gress...</source>
        <translation>Fort&amp;schritt...</translation>
    </message>
    <message>
        <source>&amp;Checklist...</source>
        <translation>&amp;Checkliste...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>When to get &amp;help...</source>
        <translation>Wann &amp;Hilfe holen...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>Illustration</translation>
    </message>
    <message>
        <source>When to get help</source>
        <translation>Wann du Hilfe holen solltest</translation>
    </message>
    <message>
        <source>DeskCoach suggests gentle, general movements. It is not medical advice and cannot tell what is causing a symptom.</source>
        <translation>DeskCoach schlägt sanfte, allgemeine Bewegungen vor. Das ist kein medizinischer Rat und kann nicht erkennen, was ein Symptom verursacht.</translation>
    </message>
    <message>
        <source>Get emergency care now</source>
        <translation>Hol sofort Notfallhilfe</translation>
    </message>
    <message>
        <source>Call your emergency number or go to an emergency department if you have:</source>
        <translation>Ruf den Notruf an oder geh in eine Notaufnahme, wenn du Folgendes hast:</translation>
    </message>
    <message>
        <source>loss of control of your bladder or bowels, or new trouble passing urine</source>
        <translation>Verlust der Kontrolle über Blase oder Darm oder neue Probleme beim Wasserlassen</translation>
    </message>
    <message>
        <source>numbness around your genitals, buttocks or inner thighs</source>
        <translation>Taubheit im Genitalbereich, am Gesäß oder an den Innenseiten der Oberschenkel</translation>
    </message>
    <message>
        <source>weakness in your legs that is new or getting worse</source>
        <translation>Schwäche in den Beinen, die neu ist oder zunimmt</translation>
    </message>
    <message>
        <source>chest pain, with or without back pain</source>
        <translation>Brustschmerzen, mit oder ohne Rückenschmerzen</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist soon</source>
        <translation>Geh bald zu einer Ärztin, einem Arzt oder in die Physiotherapie</translation>
    </message>
    <message>
        <source>Book an appointment in the next few days if you have:</source>
        <translation>Vereinbare in den nächsten Tagen einen Termin, wenn du Folgendes hast:</translation>
    </message>
    <message>
        <source>back pain with a fever, night sweats or feeling generally unwell</source>
        <translation>Rückenschmerzen mit Fieber, Nachtschweiß oder allgemeinem Krankheitsgefühl</translation>
    </message>
    <message>
        <source>weight loss you cannot explain</source>
        <translation>Gewichtsverlust, den du dir nicht erklären kannst</translation>
    </message>
    <message>
        <source>pain at night that does not ease when you rest or change position</source>
        <translation>nächtliche Schmerzen, die in Ruhe oder bei Lagewechsel nicht nachlassen</translation>
    </message>
    <message>
        <source>pain after a fall or accident</source>
        <translation>Schmerzen nach einem Sturz oder Unfall</translation>
    </message>
    <message>
        <source>pain that spreads below the knee, or numbness or tingling that spreads</source>
        <translation>Schmerzen, die unter das Knie ausstrahlen, oder sich ausbreitende Taubheit oder Kribbeln</translation>
    </message>
    <message>
        <source>pain that has changed your daily life for more than a week</source>
        <translation>Schmerzen, die deinen Alltag seit mehr als einer Woche verändern</translation>
    </message>
    <message>
        <source>a second or third bout of the same pain within a year</source>
        <translation>eine zweite oder dritte Episode derselben Schmerzen innerhalb eines Jahres</translation>
    </message>
    <message>
        <source>no progress after two weeks of regular, gentle movement</source>
        <translation>keine Besserung nach zwei Wochen regelmäßiger, sanfter Bewegung</translation>
    </message>
    <message>
        <source>Stop this exercise</source>
        <translation>Hör mit dieser Übung auf</translation>
    </message>
    <message>
        <source>Stop the movement, rest, and try a gentler one another time if it brings:</source>
        <translation>Brich die Bewegung ab, ruh dich aus und versuch ein andermal eine sanftere, wenn sie Folgendes auslöst:</translation>
    </message>
    <message>
        <source>pain, or pain that climbs as you go on</source>
        <translation>Schmerzen, oder Schmerzen, die beim Weitermachen zunehmen</translation>
    </message>
    <message>
        <source>tingling or numbness, or symptoms spreading into an arm or leg</source>
        <translation>Kribbeln oder Taubheit, oder Beschwerden, die in einen Arm oder ein Bein ausstrahlen</translation>
    </message>
    <message>
        <source>dizziness or light-headedness</source>
        <translation>Schwindel oder Benommenheit</translation>
    </message>
    <message>
        <source>After recent surgery or an injury, or during pregnancy, ask a clinician which movements suit you before you start.</source>
        <translation>Frag nach einer kürzlichen Operation oder Verletzung oder während einer Schwangerschaft vor dem Start eine Ärztin, einen Arzt oder eine Physiotherapeutin, welche Bewegungen zu dir passen.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>DeskCoach - a break is coming</source>
        <translation>DeskCoach – gleich kommt eine Pause</translation>
    </message>
    <message>
        <source>A movement break is coming</source>
        <translation>Gleich kommt eine Bewegungspause</translation>
    </message>
    <message>
        <source>Finish what you are doing; a short movement break is coming.</source>
        <translation>Bring zu Ende, was du gerade machst; gleich kommt eine kurze Bewegungspause.</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>&amp;Jetzt starten</translation>
    </message>
    <message numerus="yes">
        <source>&amp;In %n minutes</source>
        <translation>
            <numerusform>&amp;In %n Minute</numerusform>
            <numerusform>&amp;In %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put the break off for %n minutes</source>
        <translation>
            <numerusform>Pause um %n Minute verschieben</numerusform>
            <numerusform>Pause um %n Minuten verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Movement break in %1</source>
        <translation>Bewegungspause in %1</translation>
    </message>
    <message>
        <source>Breathing pace</source>
        <translation>Atemtempo</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>BEFORE THIS EXERCISE</source>
        <translation>VOR DIESER ÜBUNG</translation>
    </message>
    <message>
        <source>ABOUT THIS EXERCISE</source>
        <translation>ÜBER DIESE ÜBUNG</translation>
    </message>
    <message>
        <source>Check that it suits you</source>
        <translation>Prüf, ob sie zu dir passt</translation>
    </message>
    <message>
        <source>&amp;Back to the exercise</source>
        <translation>&amp;Zurück zur Übung</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>DeskCoach - when to get help</source>
        <translation>DeskCoach – wann du Hilfe holen solltest</translation>
    </message>
    <message>
        <source>A movement break is on your other screen.</source>
        <translation>Eine Bewegungspause ist auf deinem anderen Bildschirm.</translation>
    </message>
    <message>
        <source>DeskCoach - break on another screen</source>
        <translation>DeskCoach – Pause auf einem anderen Bildschirm</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <extracomment>the settings whose spin boxes show a unit around the number (see _unit_words) groups with a tab of their own; the rest share &quot;Breaks&quot;</extracomment>
        <translation>&amp;Pausen</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>Ü&amp;bungen</translation>
    </message>
    <message>
        <source>Smart &amp;timing</source>
        <translation>Intelligentes &amp;Timing</translation>
    </message>
    <message>
        <source>&amp;Workstation check</source>
        <translation>&amp;Arbeitsplatz-Check</translation>
    </message>
    <message>
        <source>E&amp;ye breaks and routines</source>
        <translation>Au&amp;genpausen und Routinen</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>Include both</source>
        <translation>Beides einbeziehen</translation>
    </message>
    <message>
        <source>Leave out forward bends</source>
        <translation>Vorbeugen weglassen</translation>
    </message>
    <message>
        <source>Leave out backward bends</source>
        <translation>Rückbeugen weglassen</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Dem Desktop folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Chime</source>
        <translation>Glockenspiel</translation>
    </message>
    <message>
        <source>Bell</source>
        <translation>Glocke</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>Sanft</translation>
    </message>
    <message>
        <source>The screen with the pointer</source>
        <translation>Der Bildschirm mit dem Mauszeiger</translation>
    </message>
    <message>
        <source>The main screen</source>
        <translation>Der Hauptbildschirm</translation>
    </message>
    <message>
        <source>All screens (a calm panel on the others)</source>
        <translation>Alle Bildschirme (eine ruhige Fläche auf den anderen)</translation>
    </message>
    <message>
        <source>DeskCoach settings</source>
        <extracomment>each language in its own words, never translated (a reader looks for their own)</extracomment>
        <translation>DeskCoach-Einstellungen</translation>
    </message>
    <message>
        <source>What stops the settings from being saved</source>
        <translation>Was das Speichern der Einstellungen verhindert</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>Von deiner Organisation festgelegt</translation>
    </message>
    <message>
        <source> (set by your organisation)</source>
        <translation> (von deiner Organisation festgelegt)</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>Erlaubt: %1</translation>
    </message>
    <message>
        <source>%1 on the %2 tab: %3</source>
        <translation>%1 im Tab „%2“: %3</translation>
    </message>
    <message>
        <source>Not saved yet. </source>
        <translation>Noch nicht gespeichert. </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozes</source>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skips</source>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
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
        <translation>weniger als eine Minute</translation>
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
        <translation>ddd, dd. MMM, HH:mm</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <comment>date format (Qt QDate)</comment>
        <translation>dd. MMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format (Qt QDate)</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <comment>date format (Qt QDate)</comment>
        <translation>dd. MMM yyyy</translation>
    </message>
    <message>
        <source>Break waiting until your meeting ends</source>
        <translation>Pause wartet, bis dein Meeting endet</translation>
    </message>
    <message>
        <source>Break waiting until the full-screen app closes</source>
        <translation>Pause wartet, bis die Vollbild-App geschlossen ist</translation>
    </message>
    <message>
        <source>You are away: the timer is stopped</source>
        <translation>Du bist weg: Der Timer ist angehalten</translation>
    </message>
    <message>
        <source>Screen locked: the timer is stopped</source>
        <translation>Bildschirm gesperrt: Der Timer ist angehalten</translation>
    </message>
    <message>
        <source>Outside your working hours</source>
        <translation>Außerhalb deiner Arbeitszeit</translation>
    </message>
    <message>
        <source>On a movement break</source>
        <translation>In einer Bewegungspause</translation>
    </message>
    <message>
        <source>Outside your working hours, back at %1</source>
        <translation>Außerhalb deiner Arbeitszeit, zurück um %1</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Angehalten bis %1</translation>
    </message>
    <message>
        <source>Snoozed: break in %1</source>
        <translation>Verschoben: Pause in %1</translation>
    </message>
    <message>
        <source>Next break in %1</source>
        <translation>Nächste Pause in %1</translation>
    </message>
    <message>
        <source>&amp;30 minutes</source>
        <translation>&amp;30 Minuten</translation>
    </message>
    <message>
        <source>&amp;1 hour</source>
        <translation>&amp;1 Stunde</translation>
    </message>
    <message>
        <source>&amp;Until tomorrow</source>
        <translation>Bis &amp;morgen</translation>
    </message>
    <message>
        <source>DeskCoach menu</source>
        <translation>DeskCoach-Menü</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>S&amp;kip next break</source>
        <translation>&amp;Nächste Pause überspringen</translation>
    </message>
    <message>
        <source>S&amp;kip this break</source>
        <translation>Diese Pause &amp;überspringen</translation>
    </message>
    <message>
        <source>Eye break</source>
        <translation>Augenpause</translation>
    </message>
    <message numerus="yes">
        <source>Look at something at least 6 metres away for %n seconds, and blink slowly a few times.</source>
        <translation>
            <numerusform>Schau %n Sekunde lang auf etwas, das mindestens 6 Meter entfernt ist, und blinzle ein paarmal langsam.</numerusform>
            <numerusform>Schau %n Sekunden lang auf etwas, das mindestens 6 Meter entfernt ist, und blinzle ein paarmal langsam.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your check-ins are health data. They stay in your own profile on this computer and in the exports you make yourself; nothing your organisation can collect reads them.</source>
        <translation>Deine Check-ins sind Gesundheitsdaten. Sie bleiben in deinem eigenen Profil auf diesem Computer und in den Exporten, die du selbst erstellst; nichts, was deine Organisation erfassen kann, liest sie.</translation>
    </message>
    <message>
        <source>Export log as &amp;PDF...</source>
        <translation>Protokoll als &amp;PDF exportieren...</translation>
    </message>
    <message>
        <source>A one-page summary of your check-ins to take to a doctor or physiotherapist</source>
        <translation>Eine einseitige Zusammenfassung deiner Check-ins für den Besuch bei Ärztin, Arzt oder Physiotherapie</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>S&amp;tart programme</source>
        <translation>Programm s&amp;tarten</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>Sto&amp;ppen</translation>
    </message>
    <message>
        <source>No check-ins in this period. After a break, tell DeskCoach how it felt; your answers draw these lines.</source>
        <translation>Keine Check-ins in diesem Zeitraum. Sag DeskCoach nach einer Pause, wie es sich angefühlt hat; aus deinen Antworten entstehen diese Linien.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n weeks)</source>
        <translation>
            <numerusform>%1 (%n Woche)</numerusform>
            <numerusform>%1 (%n Wochen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 - suggested: %2</source>
        <translation>%1 - vorgeschlagen: %2</translation>
    </message>
    <message>
        <source>No programme is running: breaks draw from every exercise.</source>
        <translation>Kein Programm aktiv: Die Pausen wählen aus allen Übungen.</translation>
    </message>
    <message>
        <source>%1, phase %3 (%4). %5.</source>
        <translation>%1, Phase %3 (%4). %5.</translation>
    </message>
    <message>
        <source>Levels: every exercise at its usual dose so far. Answer the morning question and levels move with your mornings.</source>
        <translation>Stufen: Bisher läuft jede Übung in ihrer üblichen Dosis. Beantworte die Morgenfrage, dann richten sich die Stufen nach deinen Morgen.</translation>
    </message>
    <message>
        <source>%1 - %2: now %3. %4.</source>
        <translation>%1 - %2: jetzt %3. %4.</translation>
    </message>
    <message>
        <source>Level changes</source>
        <translation>Stufenänderungen</translation>
    </message>
    <message>
        <source>Saved the log as %1: take it along to a doctor or physiotherapist.</source>
        <translation>Protokoll als %1 gespeichert: Nimm es mit zur Ärztin, zum Arzt oder in die Physiotherapie.</translation>
    </message>
    <message>
        <source>Export log as PDF</source>
        <translation>Protokoll als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Discomfort (0-10)</source>
        <translation>Beschwerden (0–10)</translation>
    </message>
    <message>
        <source>Longest sitting (min)</source>
        <translation>Längstes Sitzen (min)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Daily average</source>
        <translation>Tagesdurchschnitt</translation>
    </message>
    <message>
        <source>Mornings</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>keep all settings and data under DIR (portable mode)</source>
        <extracomment>CLI command -&gt; control-protocol command, for commands handed to the running app</extracomment>
        <translation>alle Einstellungen und Daten unter DIR speichern (portabler Modus)</translation>
    </message>
    <message>
        <source>run every duration N times faster (demos and tests)</source>
        <translation>jede Dauer N-mal schneller ablaufen lassen (Demos und Tests)</translation>
    </message>
    <message>
        <source>the language to use: %1 (default: the `language` setting, else the desktop&apos;s)</source>
        <translation>die zu verwendende Sprache: %1 (Standard: die Einstellung `language`, sonst die des Desktops)</translation>
    </message>
    <message>
        <source>A calm tray coach for movement breaks. With no command, starts the app.</source>
        <translation>Ein ruhiger Coach im Infobereich für Bewegungspausen. Ohne Befehl startet die App.</translation>
    </message>
    <message>
        <source>start the tray app (the default)</source>
        <translation>die App im Infobereich starten (Standard)</translation>
    </message>
    <message>
        <source>what the running app is doing</source>
        <translation>was die laufende App gerade tut</translation>
    </message>
    <message>
        <source>take a break now</source>
        <translation>jetzt eine Pause machen</translation>
    </message>
    <message>
        <source>with this exercise (see `exercises`)</source>
        <translation>mit dieser Übung (siehe `exercises`)</translation>
    </message>
    <message>
        <source>pause breaks (30m, 1h, tomorrow)</source>
        <translation>Pausen anhalten (30m, 1h, tomorrow)</translation>
    </message>
    <message>
        <source>30m, 1h, 1h30m ... up to 24h, or tomorrow</source>
        <translation>30m, 1h, 1h30m ... bis 24h, oder tomorrow</translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation>das Anhalten beenden</translation>
    </message>
    <message>
        <source>skip the break on screen, or else the next one</source>
        <translation>die Pause auf dem Bildschirm überspringen, sonst die nächste</translation>
    </message>
    <message>
        <source>snooze the break on screen</source>
        <translation>die Pause auf dem Bildschirm verschieben</translation>
    </message>
    <message>
        <source>finish the break on screen</source>
        <translation>die Pause auf dem Bildschirm beenden</translation>
    </message>
    <message>
        <source>swap the exercise on screen for another</source>
        <translation>die Übung auf dem Bildschirm gegen eine andere tauschen</translation>
    </message>
    <message>
        <source>open a window of the running app</source>
        <translation>ein Fenster der laufenden App öffnen</translation>
    </message>
    <message>
        <source>which detectors work on this desktop</source>
        <translation>welche Erkennungen auf diesem Desktop funktionieren</translation>
    </message>
    <message>
        <source>when to get help: emergency now, a clinician soon, or stop</source>
        <translation>wann Hilfe holen: sofort Notfall, bald ärztlich abklären oder aufhören</translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation>die laufende App beenden</translation>
    </message>
    <message>
        <source>list the exercise catalogue</source>
        <translation>den Übungskatalog auflisten</translation>
    </message>
    <message>
        <source>print one exercise</source>
        <translation>eine Übung ausgeben</translation>
    </message>
    <message>
        <source>draw an exercise&apos;s key poses as a PNG contact sheet</source>
        <translation>die Schlüsselhaltungen einer Übung als PNG-Kontaktbogen zeichnen</translation>
    </message>
    <message>
        <source>every exercise, one PNG each</source>
        <translation>jede Übung, je eine PNG-Datei</translation>
    </message>
    <message>
        <source>the PNG file (with an ID) or the folder (with --all)</source>
        <translation>die PNG-Datei (mit einer ID) oder der Ordner (mit --all)</translation>
    </message>
    <message>
        <source>the workstation checklist</source>
        <translation>die Arbeitsplatz-Checkliste</translation>
    </message>
    <message>
        <source>list the questions</source>
        <translation>die Fragen auflisten</translation>
    </message>
    <message>
        <source>export an assessment</source>
        <translation>eine Auswertung exportieren</translation>
    </message>
    <message>
        <source>organisation policy</source>
        <translation>Richtlinien der Organisation</translation>
    </message>
    <message>
        <source>the effective policy and its sources</source>
        <translation>die geltenden Richtlinien und ihre Quellen</translation>
    </message>
    <message>
        <source>try a policy folder laid out like /etc/deskcoach instead (only this command reads it)</source>
        <translation>stattdessen einen Richtlinienordner testen, der wie /etc/deskcoach aufgebaut ist (nur dieser Befehl liest ihn)</translation>
    </message>
    <message>
        <source>check a policy file, or every file of a policy folder</source>
        <translation>eine Richtliniendatei oder jede Datei eines Richtlinienordners prüfen</translation>
    </message>
    <message>
        <source>every policy file in DIR, laid out like /etc/deskcoach</source>
        <translation>jede Richtliniendatei in DIR, aufgebaut wie /etc/deskcoach</translation>
    </message>
    <message>
        <source>breaks per day</source>
        <translation>Pausen pro Tag</translation>
    </message>
    <message>
        <source>the last N days (default 7)</source>
        <translation>die letzten N Tage (Standard 7)</translation>
    </message>
    <message>
        <source>the dashboard&apos;s headline figures, over all of the history</source>
        <translation>die Kennzahlen der Übersicht über den gesamten Verlauf</translation>
    </message>
    <message>
        <source>the last day shown (default today)</source>
        <translation>der letzte angezeigte Tag (Standard heute)</translation>
    </message>
    <message>
        <source>write all your data to a JSON file</source>
        <translation>alle deine Daten in eine JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>merge an export into this profile</source>
        <translation>einen Export in dieses Profil übernehmen</translation>
    </message>
    <message>
        <source>show, set or check settings</source>
        <translation>Einstellungen anzeigen, setzen oder prüfen</translation>
    </message>
    <message>
        <source>every effective value and its source</source>
        <translation>jeder geltende Wert und seine Quelle</translation>
    </message>
    <message>
        <source>set KEY to VALUE (applied live)</source>
        <translation>KEY auf VALUE setzen (sofort wirksam)</translation>
    </message>
    <message>
        <source>check a settings file</source>
        <translation>eine Einstellungsdatei prüfen</translation>
    </message>
    <message>
        <source>log how your body feels now</source>
        <translation>festhalten, wie sich dein Körper jetzt anfühlt</translation>
    </message>
    <message>
        <source>pain or discomfort, 0-10</source>
        <translation>Schmerzen oder Beschwerden, 0–10</translation>
    </message>
    <message>
        <source>the exercise it is about</source>
        <translation>die Übung, um die es geht</translation>
    </message>
    <message>
        <source>morning: how it feels on waking (paces the plan)</source>
        <translation>morgens: wie es sich beim Aufwachen anfühlt (bestimmt das Tempo des Plans)</translation>
    </message>
    <message>
        <source>a warning sign you notice (shows when to get help)</source>
        <translation>ein Warnzeichen, das du bemerkst (zeigt, wann du Hilfe holen solltest)</translation>
    </message>
    <message>
        <source>a few words of your own</source>
        <translation>ein paar eigene Worte</translation>
    </message>
    <message>
        <source>your check-ins and plan changes</source>
        <translation>deine Check-ins und Planänderungen</translation>
    </message>
    <message>
        <source>the last N days (default 14)</source>
        <translation>die letzten N Tage (Standard 14)</translation>
    </message>
    <message>
        <source>write a one-page PDF to take to a clinician instead</source>
        <translation>stattdessen ein einseitiges PDF für den Arztbesuch schreiben</translation>
    </message>
    <message>
        <source>multi-week programmes</source>
        <translation>mehrwöchige Programme</translation>
    </message>
    <message>
        <source>the programmes</source>
        <translation>die Programme</translation>
    </message>
    <message>
        <source>one programme&apos;s phases</source>
        <translation>die Phasen eines Programms</translation>
    </message>
    <message>
        <source>start a programme</source>
        <translation>ein Programm starten</translation>
    </message>
    <message>
        <source>stop the running one</source>
        <translation>das laufende beenden</translation>
    </message>
    <message>
        <source>the running programme, its phase and week</source>
        <translation>das laufende Programm, seine Phase und Woche</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <source>the time scale must be above 0 and at most 100000</source>
        <translation>der Zeitfaktor muss größer als 0 und höchstens 100000 sein</translation>
    </message>
    <message>
        <source>DeskCoach will not use this profile: %1.</source>
        <translation>DeskCoach verwendet dieses Profil nicht: %1.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer des Programms anzeigen und beenden</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r (wähle aus %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>folgende Argumente sind erforderlich: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>mindestens ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>höchstens ein Argument erwartet</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht erlaubt zusammen mit Argument %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist erforderlich</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s könnte %(matches)s bedeuten</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>„%(filename)s“ kann nicht geöffnet werden: %(error)s</translation>
    </message>
    <message numerus="yes">
        <source>After %n weeks your discomfort has not eased (about %1/10 then, %2/10 this week). Please see a doctor or physiotherapist; take your log along (Export log as PDF in the Body log, or `deskcoach log --pdf FILE`).</source>
        <translation>
            <numerusform>Nach %n Woche haben deine Beschwerden nicht nachgelassen (damals etwa %1/10, diese Woche %2/10). Bitte geh zu einer Ärztin, einem Arzt oder in die Physiotherapie und nimm dein Protokoll mit („Protokoll als PDF exportieren“ im Körpertagebuch oder `deskcoach log --pdf FILE`).</numerusform>
            <numerusform>Nach %n Wochen haben deine Beschwerden nicht nachgelassen (damals etwa %1/10, diese Woche %2/10). Bitte geh zu einer Ärztin, einem Arzt oder in die Physiotherapie und nimm dein Protokoll mit („Protokoll als PDF exportieren“ im Körpertagebuch oder `deskcoach log --pdf FILE`).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks without improvement (about %1/10 then, %2/10 this week): time to change something, such as another programme, easier levels or a different time of day.</source>
        <translation>
            <numerusform>%n Woche ohne Besserung (damals etwa %1/10, diese Woche %2/10): Zeit, etwas zu ändern, etwa ein anderes Programm, leichtere Stufen oder eine andere Tageszeit.</numerusform>
            <numerusform>%n Wochen ohne Besserung (damals etwa %1/10, diese Woche %2/10): Zeit, etwas zu ändern, etwa ein anderes Programm, leichtere Stufen oder eine andere Tageszeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>easier</source>
        <extracomment>How the levels are named when an exercise has the usual three; more are numbered.</extracomment>
        <translation>leichter</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>harder</source>
        <translation>schwerer</translation>
    </message>
    <message>
        <source>hardest</source>
        <translation>am schwersten</translation>
    </message>
    <message>
        <source>gentlest</source>
        <translation>am sanftesten</translation>
    </message>
    <message>
        <source>Left out until %1: it raised your pain; other exercises cover its regions</source>
        <translation>Ausgelassen bis %1: Sie hat deine Schmerzen verstärkt; andere Übungen decken ihre Regionen ab</translation>
    </message>
    <message>
        <source>Back in the plan, one level easier (%1): its time out is over</source>
        <translation>Wieder im Plan, eine Stufe leichter (%1): Die Auszeit ist vorbei</translation>
    </message>
    <message>
        <source>Holding: it took your pain to %1/10; waiting to see how the next morning feels</source>
        <translation>Unverändert: Sie hat deine Schmerzen auf %1/10 gebracht; abwarten, wie sich der nächste Morgen anfühlt</translation>
    </message>
    <message>
        <source>Left out for a week: it took your pain to %1/10 and the next morning was still worse than usual (%2 against %3)</source>
        <translation>Eine Woche ausgelassen: Sie hat deine Schmerzen auf %1/10 gebracht und am nächsten Morgen ging es dir noch schlechter als sonst (%2 statt %3)</translation>
    </message>
    <message numerus="yes">
        <source>Holding at the easiest level: your mornings were worse than usual for %n days running</source>
        <translation>
            <numerusform>Bleibt auf der leichtesten Stufe: Deine Morgen waren %n Tag lang schlechter als sonst</numerusform>
            <numerusform>Bleibt auf der leichtesten Stufe: Deine Morgen waren %n Tage in Folge schlechter als sonst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step back to %1: your mornings were worse than usual for %n days running</source>
        <translation>
            <numerusform>Zurück auf %1: Deine Morgen waren %n Tag lang schlechter als sonst</numerusform>
            <numerusform>Zurück auf %1: Deine Morgen waren %n Tage in Folge schlechter als sonst</numerusform>
        </translation>
    </message>
    <message>
        <source>Holding: it took your pain to %1/10 on %2; it settled by the next morning, so it stays at this level a few days more</source>
        <translation>Unverändert: Sie hat deine Schmerzen am %2 auf %1/10 gebracht; bis zum nächsten Morgen hat es sich beruhigt, daher bleibt sie noch ein paar Tage auf dieser Stufe</translation>
    </message>
    <message numerus="yes">
        <source>Level up to %1: your mornings stayed the same or better for %n days</source>
        <translation>
            <numerusform>Hoch auf %1: Deine Morgen waren %n Tag lang gleich oder besser</numerusform>
            <numerusform>Hoch auf %1: Deine Morgen waren %n Tage lang gleich oder besser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Holding at the hardest level: your mornings stayed the same or better for %n days</source>
        <translation>
            <numerusform>Bleibt auf der schwersten Stufe: Deine Morgen waren %n Tag lang gleich oder besser</numerusform>
            <numerusform>Bleibt auf der schwersten Stufe: Deine Morgen waren %n Tage lang gleich oder besser</numerusform>
        </translation>
    </message>
    <message>
        <source>Holding: a recent morning was worse than usual; waiting for it to settle</source>
        <translation>Unverändert: Ein Morgen vor Kurzem war schlechter als sonst; abwarten, bis es sich beruhigt</translation>
    </message>
    <message numerus="yes">
        <source>Holding: %1 of %n steady mornings so far (answer the morning question to move on)</source>
        <translation>
            <numerusform>Unverändert: bisher %1 von %n ruhigen Morgen (beantworte die Morgenfrage, um weiterzukommen)</numerusform>
            <numerusform>Unverändert: bisher %1 von %n ruhigen Morgen (beantworte die Morgenfrage, um weiterzukommen)</numerusform>
        </translation>
    </message>
    <message>
        <source>wrist and hand</source>
        <translation>Handgelenk und Hand</translation>
    </message>
    <message>
        <source>low back</source>
        <translation>unterer Rücken</translation>
    </message>
    <message>
        <source>Calm things down</source>
        <translation>Zur Ruhe kommen</translation>
    </message>
    <message>
        <source>Neck and upper back for screen work</source>
        <translation>Nacken und oberer Rücken bei Bildschirmarbeit</translation>
    </message>
    <message>
        <source>Ease a stiff neck and rounded shoulders, then build upper-back endurance.</source>
        <translation>Einen steifen Nacken und runde Schultern lockern, dann Ausdauer im oberen Rücken aufbauen.</translation>
    </message>
    <message>
        <source>Small, easy movements that feel good.</source>
        <translation>Kleine, leichte Bewegungen, die guttun.</translation>
    </message>
    <message>
        <source>Patterning</source>
        <translation>Muster einüben</translation>
    </message>
    <message>
        <source>Sit tall with the head over the shoulders.</source>
        <translation>Aufrecht sitzen, den Kopf über den Schultern.</translation>
    </message>
    <message>
        <source>Build capacity</source>
        <translation>Belastbarkeit aufbauen</translation>
    </message>
    <message>
        <source>Hold good positions for longer.</source>
        <translation>Gute Haltungen länger halten.</translation>
    </message>
    <message>
        <source>Low back: breathe, brace and hinge</source>
        <translation>Unterer Rücken: atmen, anspannen, aus der Hüfte beugen</translation>
    </message>
    <message>
        <source>Settle the low back, learn to breathe, brace and hinge, then build strength.</source>
        <translation>Den unteren Rücken beruhigen, atmen, anspannen und aus der Hüfte vorbeugen lernen, dann Kraft aufbauen.</translation>
    </message>
    <message>
        <source>Gentle movement and walking; find the directions that ease it.</source>
        <translation>Sanfte Bewegung und Gehen; finde die Richtungen, die Erleichterung bringen.</translation>
    </message>
    <message>
        <source>Breathe, brace, hinge</source>
        <translation>Atmen, anspannen, vorbeugen</translation>
    </message>
    <message>
        <source>Bend from the hips with the back in one line.</source>
        <translation>Aus der Hüfte beugen, der Rücken in einer Linie.</translation>
    </message>
    <message>
        <source>More hinges and stands, with steady breathing.</source>
        <translation>Mehr Vorbeugen und Aufstehen, mit ruhigem Atem.</translation>
    </message>
    <message>
        <source>Resilience</source>
        <translation>Widerstandskraft</translation>
    </message>
    <message>
        <source>Keep moving through busy days.</source>
        <translation>Auch an vollen Tagen in Bewegung bleiben.</translation>
    </message>
    <message>
        <source>Wrists and forearms for keyboard and mouse work</source>
        <translation>Handgelenke und Unterarme bei Tastatur- und Mausarbeit</translation>
    </message>
    <message>
        <source>Glide the tendons, stretch the forearms and free the shoulders that drive them.</source>
        <translation>Die Sehnen gleiten lassen, die Unterarme dehnen und die Schultern lockern, die sie bewegen.</translation>
    </message>
    <message>
        <source>Easy finger and shoulder movement.</source>
        <translation>Leichte Finger- und Schulterbewegungen.</translation>
    </message>
    <message>
        <source>Glide and stretch</source>
        <translation>Gleiten und dehnen</translation>
    </message>
    <message>
        <source>Gentle forearm stretches, no pins and needles.</source>
        <translation>Sanfte Unterarmdehnungen, ohne Kribbeln.</translation>
    </message>
    <message>
        <source>Stretch the chest and upper back as well.</source>
        <translation>Auch Brust und oberen Rücken dehnen.</translation>
    </message>
    <message>
        <source>Sit less: stand and walk</source>
        <translation>Weniger sitzen: stehen und gehen</translation>
    </message>
    <message>
        <source>Break up long sitting with stands, marches and short walks.</source>
        <translation>Langes Sitzen mit Aufstehen, Marschieren und kurzen Spaziergängen unterbrechen.</translation>
    </message>
    <message>
        <source>Break up sitting</source>
        <translation>Sitzen unterbrechen</translation>
    </message>
    <message>
        <source>Move your legs every break.</source>
        <translation>Beweg in jeder Pause die Beine.</translation>
    </message>
    <message>
        <source>Stand and walk</source>
        <translation>Stehen und gehen</translation>
    </message>
    <message>
        <source>Get up and walk a little every break.</source>
        <translation>Steh in jeder Pause auf und geh ein paar Schritte.</translation>
    </message>
    <message>
        <source>Phase %1 of %2 (%3)</source>
        <translation>Phase %1 von %2 (%3)</translation>
    </message>
    <message>
        <source>%1: day %2 of %3</source>
        <translation>%1: Tag %2 von %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: staying, as your mornings were worse than usual for %n days running</source>
        <translation>
            <numerusform>%1: bleibt, da deine Morgen %n Tag lang schlechter als sonst waren</numerusform>
            <numerusform>%1: bleibt, da deine Morgen %n Tage in Folge schlechter als sonst waren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: moves on after %n steady mornings in a row (answer the morning question)</source>
        <translation>
            <numerusform>%1: geht nach %n ruhigen Morgen in Folge weiter (beantworte die Morgenfrage)</numerusform>
            <numerusform>%1: geht nach %n ruhigen Morgen in Folge weiter (beantworte die Morgenfrage)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is complete: well done</source>
        <translation>%1 ist abgeschlossen: gut gemacht</translation>
    </message>
    <message numerus="yes">
        <source>Next phase, %1: your mornings stayed the same or better for %n days</source>
        <translation>
            <numerusform>Nächste Phase, %1: Deine Morgen waren %n Tag lang gleich oder besser</numerusform>
            <numerusform>Nächste Phase, %1: Deine Morgen waren %n Tage lang gleich oder besser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins with %1 discomfort lately</source>
        <translation>
            <numerusform>%n Check-in mit Beschwerden (%1) in letzter Zeit</numerusform>
            <numerusform>%n Check-ins mit Beschwerden (%1) in letzter Zeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checklist items %1</source>
        <translation>
            <numerusform>Checklistenpunkt %1</numerusform>
            <numerusform>Checklistenpunkte %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New trouble passing urine, or losing control of your bladder or bowel</source>
        <translation>Neue Probleme beim Wasserlassen oder Verlust der Kontrolle über Blase oder Darm</translation>
    </message>
    <message>
        <source>Numbness between your legs, around your bottom or inner thighs</source>
        <translation>Taubheit zwischen den Beinen, am Gesäß oder an den Innenseiten der Oberschenkel</translation>
    </message>
    <message>
        <source>Legs that are newly or increasingly weak</source>
        <translation>Beine, die neu oder zunehmend schwach sind</translation>
    </message>
    <message>
        <source>Back pain together with chest pain</source>
        <translation>Rückenschmerzen zusammen mit Brustschmerzen</translation>
    </message>
    <message>
        <source>Fever or night sweats along with back pain</source>
        <translation>Fieber oder Nachtschweiß zusammen mit Rückenschmerzen</translation>
    </message>
    <message>
        <source>Weight loss you cannot explain</source>
        <translation>Gewichtsverlust, den du dir nicht erklären kannst</translation>
    </message>
    <message>
        <source>Pain at night that does not ease when you rest</source>
        <translation>Nächtliche Schmerzen, die in Ruhe nicht nachlassen</translation>
    </message>
    <message>
        <source>Pain that began with a fall, accident or other hard knock</source>
        <translation>Schmerzen, die mit einem Sturz, Unfall oder einem anderen harten Stoß begannen</translation>
    </message>
    <message>
        <source>Pain shooting down below the knee</source>
        <translation>Schmerzen, die bis unter das Knie einschießen</translation>
    </message>
    <message>
        <source>Numbness or tingling that is spreading</source>
        <translation>Taubheit oder Kribbeln, das sich ausbreitet</translation>
    </message>
    <message>
        <source>Pain that has changed your daily life for more than a week</source>
        <translation>Schmerzen, die deinen Alltag seit mehr als einer Woche verändern</translation>
    </message>
    <message>
        <source>A second or third bout of this pain within a year</source>
        <translation>Eine zweite oder dritte Episode dieser Schmerzen innerhalb eines Jahres</translation>
    </message>
    <message>
        <source>Pain that keeps climbing, tingling, numbness or dizziness during an exercise</source>
        <translation>Zunehmende Schmerzen, Kribbeln, Taubheit oder Schwindel während einer Übung</translation>
    </message>
    <message>
        <source>Call an ambulance or go to an emergency department now if</source>
        <translation>Ruf sofort einen Rettungswagen oder geh in eine Notaufnahme, wenn</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist in the next few days if</source>
        <translation>Geh in den nächsten Tagen zu einer Ärztin, einem Arzt oder in die Physiotherapie, wenn</translation>
    </message>
    <message>
        <source>Stop the exercise, and leave it out until you have asked a clinician, if you notice</source>
        <translation>Hör mit der Übung auf und lass sie weg, bis du ärztlichen Rat eingeholt hast, wenn du Folgendes bemerkst</translation>
    </message>
    <message>
        <source>DeskCoach offers general movement guidance; it cannot tell what causes your pain. Sources: NHS, Back pain (2023).</source>
        <translation>DeskCoach gibt allgemeine Hinweise zur Bewegung; es kann nicht erkennen, was deine Schmerzen verursacht. Quellen: NHS, Back pain (2023).</translation>
    </message>
    <message>
        <source>This self-assessment supports, but does not replace, the workstation assessment your employer carries out. Report aches, tingling or eye strain to your manager or assessor.</source>
        <translation>Diese Selbsteinschätzung unterstützt die Gefährdungsbeurteilung deines Arbeitgebers, ersetzt sie aber nicht. Melde Schmerzen, Kribbeln oder müde Augen deiner Führungskraft oder der Person, die die Beurteilung durchführt.</translation>
    </message>
    <message>
        <source>Answers</source>
        <extracomment>the report&apos;s fixed words, translated when the report is made</extracomment>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>Nothing to fix.</source>
        <translation>Nichts zu verbessern.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Erledigt %1</translation>
    </message>
    <message>
        <source>Workstation self-assessment</source>
        <translation>Selbsteinschätzung des Arbeitsplatzes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>Nachkontrolle bis</translation>
    </message>
    <message>
        <source>For the assessor</source>
        <translation>Für die beurteilende Person</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Assessor&apos;s name</source>
        <translation>Name der beurteilenden Person</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Generated by DeskCoach; the questions are DeskCoach&apos;s own wording, based on the sources above.</source>
        <translation>Erstellt mit DeskCoach; die Fragen sind von DeskCoach eigens formuliert, auf Grundlage der oben genannten Quellen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n applicable points fine, %2 to act on</source>
        <translation>
            <numerusform>%1 von %n zutreffenden Punkt in Ordnung, %2 zu erledigen</numerusform>
            <numerusform>%1 von %n zutreffenden Punkten in Ordnung, %2 zu erledigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Workstation self-assessment, made with DeskCoach</source>
        <translation>Selbsteinschätzung des Arbeitsplatzes, erstellt mit DeskCoach</translation>
    </message>
    <message>
        <source>Name not given</source>
        <translation>Name nicht angegeben</translation>
    </message>
    <message>
        <source>Desktop computer</source>
        <translation>Desktop-Computer</translation>
    </message>
    <message>
        <source>Laptop on its own</source>
        <translation>Laptop ohne Zubehör</translation>
    </message>
    <message>
        <source>Laptop with separate screen and keyboard</source>
        <translation>Laptop mit separatem Bildschirm und Tastatur</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Logged %1/10 (%2) at %3.</source>
        <translation>%1/10 (%2) um %3 eingetragen.</translation>
    </message>
    <message>
        <source>Logged %1/10 at %2.</source>
        <translation>%1/10 um %2 eingetragen.</translation>
    </message>
    <message>
        <source>
Your answer matches a warning sign:</source>
        <translation>
Deine Antwort entspricht einem Warnzeichen:</translation>
    </message>
    <message>
        <source>
When to get help</source>
        <translation>
Wann du Hilfe holen solltest</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>--days must be a whole number of days from 1 to %1, not %2</source>
        <translation>--days muss eine ganze Zahl von Tagen von 1 bis %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>No check-ins in the last %1 days. `deskcoach checkin --pain N` adds one.</source>
        <translation>Keine Check-ins in den letzten %1 Tagen. `deskcoach checkin --pain N` fügt einen hinzu.</translation>
    </message>
    <message>
        <source>
Plan changes</source>
        <translation>
Planänderungen</translation>
    </message>
    <message>
        <source>There is no programme %1; `deskcoach programme list` names them.</source>
        <translation>Es gibt kein Programm %1; `deskcoach programme list` nennt sie.</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>suggested: %1</source>
        <translation>vorgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %n weeks
%3
</source>
        <translation>
            <numerusform>%1 (%2), %n Woche
%3
</numerusform>
            <numerusform>%1 (%2), %n Wochen
%3
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Phase %1: %2 (%n days). %3</source>
        <translation>
            <numerusform>Phase %1: %2 (%n Tag). %3</numerusform>
            <numerusform>Phase %1: %2 (%n Tage). %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Programme stopped; breaks draw from the whole catalogue again.</source>
        <translation>Programm beendet; die Pausen wählen wieder aus dem ganzen Katalog.</translation>
    </message>
    <message>
        <source>No programme is running. `deskcoach programme list` shows them.</source>
        <translation>Es läuft kein Programm. `deskcoach programme list` zeigt sie.</translation>
    </message>
    <message>
        <source>%1: %2, phase %3 (%4).
%5.</source>
        <translation>%1: %2, Phase %3 (%4).
%5.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>There is no exercise &apos;%1&apos;. `deskcoach exercises` lists them.</source>
        <translation>Es gibt keine Übung „%1“. `deskcoach exercises` listet sie auf.</translation>
    </message>
    <message>
        <source>Dose: %1. About %2 s. Position: %3. Regions: %4.</source>
        <translation>Dosis: %1. Etwa %2 s. Position: %3. Regionen: %4.</translation>
    </message>
    <message>
        <source>Seated alternative: %1</source>
        <translation>Variante im Sitzen: %1</translation>
    </message>
    <message>
        <source>Level %1: %2. %3</source>
        <translation>Stufe %1: %2. %3</translation>
    </message>
    <message numerus="yes">
        <source>, %n reps</source>
        <translation>
            <numerusform>, %n Wiederholung</numerusform>
            <numerusform>, %n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n breaths</source>
        <translation>
            <numerusform>, %n Atemzug</numerusform>
            <numerusform>, %n Atemzüge</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1. %2 (%3 s%4)</source>
        <translation>  %1. %2 (%3 s%4)</translation>
    </message>
    <message>
        <source>Caution: %1</source>
        <translation>Vorsicht: %1</translation>
    </message>
    <message>
        <source>Why this dose: %1</source>
        <translation>Warum diese Dosis: %1</translation>
    </message>
    <message>
        <source>Give one exercise ID or --all.</source>
        <translation>Gib eine Übungs-ID oder --all an.</translation>
    </message>
    <message>
        <source>Could not make %1: %2</source>
        <translation>%1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>The checklist cannot be used: %1</source>
        <translation>Die Checkliste kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>(laptop users)</source>
        <translation>(bei Laptops)</translation>
    </message>
    <message>
        <source>--assessment takes &apos;latest&apos; or a date like 2026-11-21, not %1</source>
        <translation>--assessment erwartet „latest“ oder ein Datum wie 2026-11-21, nicht %1</translation>
    </message>
    <message>
        <source>No completed workstation check found for %1. Choose Checklist... in the DeskCoach menu to do one.</source>
        <translation>Kein abgeschlossener Arbeitsplatz-Check für %1 gefunden. Wähl Checkliste... im DeskCoach-Menü, um einen zu machen.</translation>
    </message>
    <message>
        <source>Refused: --format %1 is turned off by your organisation (statistics export); the table and the progress window still show your statistics</source>
        <extracomment>The longest range `stats --days` shows, and the dates it accepts (so no day overflows). `stats` columns, in the table, CSV and JSON alike: `taken` is a count of breaks, and `compliance` the share of due breaks taken (a percentage in the table, 0-1 in CSV/JSON); `eye_breaks` counts the eye micro-breaks shown, apart from the movement breaks. How long `deskcoach import` waits for the running app to import (a million breaks take it about half a minute on a slow machine).</extracomment>
        <translation>Abgelehnt: --format %1 ist von deiner Organisation deaktiviert (Statistik-Export); die Tabelle und das Fortschrittsfenster zeigen deine Statistik weiterhin</translation>
    </message>
    <message>
        <source>--summary prints a table or JSON (--format table|json), not CSV</source>
        <translation>--summary gibt eine Tabelle oder JSON aus (--format table|json), kein CSV</translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation>nichts fällig</translation>
    </message>
    <message>
        <source> (%1 points)</source>
        <translation> (%1 Punkte)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n breaks taken</source>
        <translation>
            <numerusform>%1 von %n Pause gemacht</numerusform>
            <numerusform>%1 von %n Pausen gemacht</numerusform>
        </translation>
    </message>
    <message>
        <source> of due breaks taken%1</source>
        <translation> der fälligen Pausen gemacht%1</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message numerus="yes">
        <source>%n days at %1 or more</source>
        <translation>
            <numerusform>%n Tag mit mindestens %1</numerusform>
            <numerusform>%n Tage mit mindestens %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: exporting your data is turned off by your organisation</source>
        <translation>Abgelehnt: Das Exportieren deiner Daten ist von deiner Organisation deaktiviert</translation>
    </message>
    <message>
        <source>Wrote %1 breaks, %2 checklist assessments and your settings to %3</source>
        <translation>%1 Pausen, %2 Checklisten-Auswertungen und deine Einstellungen nach %3 geschrieben</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Refused, nothing was changed: %1</source>
        <translation>Abgelehnt, nichts wurde geändert: %1</translation>
    </message>
    <message>
        <source>Could not check %1: %2</source>
        <translation>%1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>Could not import into %1: %2</source>
        <translation>Import in %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>DeskCoach: %1</source>
        <translation>DeskCoach: %1</translation>
    </message>
    <message>
        <source>DeskCoach is not running. Start it with `deskcoach` (or `deskcoach run`).</source>
        <translation>DeskCoach läuft nicht. Starte es mit `deskcoach` (oder `deskcoach run`).</translation>
    </message>
    <message numerus="yes">
        <source>Programme: %1, week %2 of %n, phase %3 (%4)</source>
        <translation>
            <numerusform>Programm: %1, Woche %2 von %n, Phase %3 (%4)</numerusform>
            <numerusform>Programm: %1, Woche %2 von %n, Phase %3 (%4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Programme: %1, week %2 of a %n-week programme, phase %3 (%4)</source>
        <translation>
            <numerusform>Programm: %1, Woche %2 eines %n-wöchigen Programms, Phase %3 (%4)</numerusform>
            <numerusform>Programm: %1, Woche %2 eines %n-wöchigen Programms, Phase %3 (%4)</numerusform>
        </translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Bei der Arbeit</translation>
    </message>
    <message>
        <source>Break about to start</source>
        <translation>Pause beginnt gleich</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>In der Pause</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n abgeschlossen</numerusform>
            <numerusform>%n abgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n natural breaks (time away)</source>
        <translation>
            <numerusform>%n natürliche Pause (abwesend)</numerusform>
            <numerusform>%n natürliche Pausen (abwesend)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed</source>
        <translation>
            <numerusform>%n verschoben</numerusform>
            <numerusform>%n verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n verpasst</numerusform>
            <numerusform>%n verpasst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n eye breaks</source>
        <translation>
            <numerusform>%n Augenpause</numerusform>
            <numerusform>%n Augenpausen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On a break: %n s left.</source>
        <translation>
            <numerusform>In der Pause: noch %n s.</numerusform>
            <numerusform>In der Pause: noch %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused until %1.</source>
        <translation>Angehalten bis %1.</translation>
    </message>
    <message>
        <source>Work timer stopped (the screen is locked) with %1 to the next break.</source>
        <translation>Arbeitstimer angehalten (der Bildschirm ist gesperrt), noch %1 bis zur nächsten Pause.</translation>
    </message>
    <message>
        <source>Work timer stopped (you are away) with %1 to the next break.</source>
        <translation>Arbeitstimer angehalten (du bist weg), noch %1 bis zur nächsten Pause.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: next break at %2 (in %n s).</source>
        <translation>
            <numerusform>%1: nächste Pause um %2 (in %n s).</numerusform>
            <numerusform>%1: nächste Pause um %2 (in %n s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Heute: %1</translation>
    </message>
    <message>
        <source>Refused: &apos;avoid_exercises&apos; names no exercise %1 (`deskcoach exercises` lists them)</source>
        <translation>Abgelehnt: „avoid_exercises“ nennt keine Übung %1 (`deskcoach exercises` listet sie auf)</translation>
    </message>
    <message>
        <source>%1 = %2 (applied to the running DeskCoach)</source>
        <translation>%1 = %2 (im laufenden DeskCoach übernommen)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 = %2 (saved; DeskCoach is not running)</source>
        <translation>%1 = %2 (gespeichert; DeskCoach läuft nicht)</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: kein Ordner</translation>
    </message>
    <message>
        <source>%1: no policy files (policy.json, managed/*.json, recommended/*.json)</source>
        <translation>%1: keine Richtliniendateien (policy.json, managed/*.json, recommended/*.json)</translation>
    </message>
    <message>
        <source>Trying the policy folder %1: DeskCoach itself reads only the system&apos;s policy (see `deskcoach policy show`).</source>
        <translation>Richtlinienordner %1 wird getestet: DeskCoach selbst liest nur die Richtlinien des Systems (siehe `deskcoach policy show`).</translation>
    </message>
    <message>
        <source>%1 %2 read from: %3</source>
        <translation>%1 %2 gelesen aus: %3</translation>
    </message>
    <message>
        <source>%1 %2 looked in: %3</source>
        <translation>%1 %2 gesucht in: %3</translation>
    </message>
    <message>
        <source>%1 %2 control socket: %3</source>
        <translation>%1 %2 Steuer-Socket: %3</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: not a valid TOML file (%2)</source>
        <translation>%1: keine gültige TOML-Datei (%2)</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1: gültig</translation>
    </message>
    <message>
        <source>daily anchors are at most %1 characters</source>
        <translation>tägliche Anker haben höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>cannot read %1: write a name and a time, e.g. &apos;coffee 08:30, lunch 12:30&apos;</source>
        <translation>%1 kann nicht gelesen werden: Schreib einen Namen und eine Uhrzeit, z. B. „Kaffee 08:30, Mittag 12:30“</translation>
    </message>
    <message>
        <source>%1: the time must be 00:00-23:59</source>
        <translation>%1: Die Uhrzeit muss zwischen 00:00 und 23:59 liegen</translation>
    </message>
    <message>
        <source>at most %1 daily anchors</source>
        <translation>höchstens %1 tägliche Anker</translation>
    </message>
    <message>
        <source>two anchors at the same time; give each its own</source>
        <translation>zwei Anker zur selben Zeit; gib jedem seine eigene</translation>
    </message>
    <message>
        <source>it is outside your working hours: DeskCoach starts again when they begin (change working_hours to work now)</source>
        <translation>es ist außerhalb deiner Arbeitszeit: DeskCoach startet wieder, wenn sie beginnt (ändere working_hours, um jetzt zu arbeiten)</translation>
    </message>
    <message>
        <source>there is no break on screen to finish</source>
        <translation>es gibt keine Pause auf dem Bildschirm, die beendet werden könnte</translation>
    </message>
    <message>
        <source>there is no break to snooze right now</source>
        <translation>gerade gibt es keine Pause zum Verschieben</translation>
    </message>
    <message>
        <source>strict mode is on: breaks cannot be snoozed</source>
        <translation>der strenge Modus ist an: Pausen können nicht verschoben werden</translation>
    </message>
    <message>
        <source>this break cannot be snoozed again (limit: %1 per break)</source>
        <translation>diese Pause kann nicht noch einmal verschoben werden (Grenze: %1 pro Pause)</translation>
    </message>
    <message>
        <source>DeskCoach is paused: there is no break to skip</source>
        <translation>DeskCoach ist angehalten: Es gibt keine Pause zum Überspringen</translation>
    </message>
    <message>
        <source>strict mode is on: breaks cannot be skipped</source>
        <translation>der strenge Modus ist an: Pausen können nicht übersprungen werden</translation>
    </message>
    <message>
        <source>no skips left today (daily budget: %1)</source>
        <translation>heute kein Überspringen mehr übrig (Tageskontingent: %1)</translation>
    </message>
    <message>
        <source>a pause must end in the future</source>
        <translation>das Anhalten muss in der Zukunft enden</translation>
    </message>
    <message>
        <source>a pause cannot be negative (%1): use e.g. 30m, 1h, 1h30m or tomorrow</source>
        <extracomment>&quot;Pause until tomorrow&quot; resumes at this local time on the next morning.</extracomment>
        <translation>das Anhalten kann nicht negativ sein (%1): verwende z. B. 30m, 1h, 1h30m oder tomorrow</translation>
    </message>
    <message>
        <source>cannot read pause length %1: use e.g. 30m, 1h, 1h30m or tomorrow</source>
        <translation>Dauer %1 kann nicht gelesen werden: verwende z. B. 30m, 1h, 1h30m oder tomorrow</translation>
    </message>
    <message>
        <source>pause length %1 is outside 1m-24h</source>
        <translation>Dauer %1 liegt außerhalb von 1m–24h</translation>
    </message>
    <message>
        <source>working hours are at most %1 characters</source>
        <translation>Arbeitszeiten haben höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>cannot read %1: write days then hours, e.g. &apos;mon-fri 08:30-17:30&apos;</source>
        <translation>%1 kann nicht gelesen werden: Schreib erst Tage, dann Uhrzeiten, z. B. „mon-fri 08:30-17:30“</translation>
    </message>
    <message>
        <source>working hours overlap on a day; list each time once</source>
        <translation>Arbeitszeiten überschneiden sich an einem Tag; nenn jede Zeit nur einmal</translation>
    </message>
    <message>
        <source>%1 is not a day or day range (use mon..sun, e.g. mon-fri)</source>
        <translation>%1 ist kein Tag und kein Tagesbereich (verwende mon..sun, z. B. mon-fri)</translation>
    </message>
    <message>
        <source>%1: a day range runs forward, e.g. mon-fri</source>
        <translation>%1: Ein Tagesbereich läuft vorwärts, z. B. mon-fri</translation>
    </message>
    <message>
        <source>%1 is not a time range like 08:30-12:30</source>
        <translation>%1 ist kein Zeitbereich wie 08:30-12:30</translation>
    </message>
    <message>
        <source>%1: a range must end after it starts, within one day</source>
        <translation>%1: Ein Bereich muss nach seinem Beginn enden, innerhalb eines Tages</translation>
    </message>
    <message>
        <source>Pain or discomfort as the user rated it, 0 (none) to 10 (worst). Written by DeskCoach, which gives general movement guidance and does not diagnose.</source>
        <translation>Schmerzen oder Beschwerden nach eigener Einschätzung, 0 (keine) bis 10 (am schlimmsten). Erstellt von DeskCoach, das allgemeine Hinweise zur Bewegung gibt und keine Diagnosen stellt.</translation>
    </message>
    <message>
        <source>Pain and exercise log</source>
        <translation>Schmerz- und Übungsprotokoll</translation>
    </message>
    <message>
        <source>Weekly average</source>
        <translation>Wochendurchschnitt</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Average (0-10)</source>
        <translation>Durchschnitt (0–10)</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Plan changes</source>
        <translation>Planänderungen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>after break</source>
        <translation>nach der Pause</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>morgens</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <comment>date range</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>Noch keine Check-ins.</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Noch keine Änderungen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 · %n check-ins · Programme: %3</source>
        <translation>
            <numerusform>%1 bis %2 · %n Check-in · Programm: %3</numerusform>
            <numerusform>%1 bis %2 · %n Check-ins · Programm: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message numerus="yes">
        <source>Check-ins (the latest %1; %n older ones in the CSV export)</source>
        <translation>
            <numerusform>Check-ins (die letzten %1; %n älterer im CSV-Export)</numerusform>
            <numerusform>Check-ins (die letzten %1; %n ältere im CSV-Export)</numerusform>
        </translation>
    </message>
    <message>
        <source>DeskCoach is already running; its icon is in the system tray.</source>
        <translation>DeskCoach läuft bereits; sein Symbol ist im Infobereich.</translation>
    </message>
    <message>
        <source>standing</source>
        <extracomment>each position in words, translated where shown</extracomment>
        <translation>im Stehen</translation>
    </message>
    <message>
        <source>seated</source>
        <translation>im Sitzen</translation>
    </message>
    <message>
        <source>seated or standing</source>
        <translation>im Sitzen oder Stehen</translation>
    </message>
    <message>
        <source>Stop if it hurts, tingles, goes numb, spreads into an arm or leg, or makes you dizzy.</source>
        <translation>Hör auf, wenn es wehtut, kribbelt, taub wird, in einen Arm oder ein Bein ausstrahlt oder dich schwindelig macht.</translation>
    </message>
    <message>
        <source>%1: %2: &apos;%3&apos; %4 breaks the limit (%5, from %6); using %7</source>
        <translation>%1: %2: „%3“ %4 verletzt die Grenze (%5, aus %6); verwendet wird %7</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set by your organisation</source>
        <translation>„%1“ ist von deiner Organisation festgelegt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must stay on (limit set by your organisation)</source>
        <translation>„%1“ muss an bleiben (Grenze von deiner Organisation festgelegt)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; may be at most %2 (limit set by your organisation)</source>
        <translation>„%1“ darf höchstens %2 sein (Grenze von deiner Organisation festgelegt)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be at least %2 (limit set by your organisation)</source>
        <translation>„%1“ muss mindestens %2 sein (Grenze von deiner Organisation festgelegt)</translation>
    </message>
    <message>
        <source>your settings: %1; ignored</source>
        <translation>deine Einstellungen: %1; ignoriert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 (%3) is limited by your organisation to %4</source>
        <translation>„%1“ %2 (%3) ist von deiner Organisation auf %4 begrenzt</translation>
    </message>
    <message>
        <source>%1: a policy must be an object of sections (%2), not %3</source>
        <translation>%1: Eine Richtlinie muss ein Objekt aus Abschnitten sein (%2), nicht %3</translation>
    </message>
    <message>
        <source>&apos;version&apos; is missing; reading it as version %1</source>
        <translation>„version“ fehlt; wird als Version %1 gelesen</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be an object of setting: value, not %3</source>
        <translation>%1: „%2“ muss ein Objekt aus Einstellung: Wert sein, nicht %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; belongs inside &apos;mandatory&apos;; ignored</source>
        <translation>„%1“ gehört in „mandatory“; ignoriert</translation>
    </message>
    <message>
        <source>unknown section %1 (known: %2); ignored</source>
        <translation>unbekannter Abschnitt %1 (bekannt: %2); ignoriert</translation>
    </message>
    <message>
        <source>&apos;version&apos; must be %1, not %2; reading it as version %1</source>
        <translation>„version“ muss %1 sein, nicht %2; wird als Version %1 gelesen</translation>
    </message>
    <message>
        <source>&apos;version&apos; is %1, newer than this DeskCoach understands (%2); known entries are used</source>
        <translation>„version“ ist %1, neuer als diese DeskCoach-Version versteht (%2); bekannte Einträge werden verwendet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; are only allowed in mandatory policy; ignored</source>
        <translation>„%1“ sind nur in verbindlichen Richtlinien erlaubt; ignoriert</translation>
    </message>
    <message>
        <source>%1; ignored</source>
        <translation>%1; ignoriert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object, not %2; ignored</source>
        <translation>„%1“ muss ein Objekt sein, nicht %2; ignoriert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be limited (limits exist for: %2); ignored</source>
        <translation>„%1“ kann nicht begrenzt werden (Grenzen gibt es für: %2); ignoriert</translation>
    </message>
    <message>
        <source>unknown setting %1; ignored</source>
        <translation>unbekannte Einstellung %1; ignoriert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; false has no effect (a limit can only require it to be on; to switch it off for everyone, set it in mandatory)</source>
        <translation>„%1“ false hat keine Wirkung (eine Grenze kann nur verlangen, dass es an ist; um es für alle auszuschalten, setz es in mandatory)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true (it must be on), not %2; ignored</source>
        <translation>„%1“ muss true sein (es muss an sein), nicht %2; ignoriert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2, not %3; ignored</source>
        <translation>„%1“ muss %2 sein, nicht %3; ignoriert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes only a &apos;%2&apos; limit (a limit may only make settings stricter), not %3; ignored</source>
        <translation>„%1“ erlaubt nur eine Grenze „%2“ (eine Grenze kann Einstellungen nur strenger machen), nicht %3; ignoriert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 must be a whole number (%3), not %4; ignored</source>
        <translation>„%1“ %2 muss eine ganze Zahl sein (%3), nicht %4; ignoriert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 %3 (%4) is no limit; ignored</source>
        <translation>„%1“ %2 %3 (%4) ist keine Grenze; ignoriert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 %3 is outside %4; using %5</source>
        <translation>„%1“ %2 %3 liegt außerhalb von %4; verwendet wird %5</translation>
    </message>
    <message>
        <source>unknown feature %1 (known: %2); ignored</source>
        <translation>unbekannte Funktion %1 (bekannt: %2); ignoriert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false, not %2; ignored</source>
        <translation>„%1“ muss true oder false sein, nicht %2; ignoriert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 contradicts mandatory &apos;%1&apos; %3; using %3</source>
        <translation>„%1“ %2 widerspricht verbindlichem „%1“ %3; verwendet wird %3</translation>
    </message>
    <message>
        <source>%1: written by a newer DeskCoach (schema %2, this one knows %3); it is left untouched and this session&apos;s breaks are kept in memory only</source>
        <translation>%1: von einer neueren DeskCoach-Version geschrieben (Schema %2, diese kennt %3); die Datei bleibt unverändert, und die Pausen dieser Sitzung werden nur im Speicher gehalten</translation>
    </message>
    <message>
        <source>Break history could not be saved to %1 (%2). The breaks saved there are left as they are; this session&apos;s breaks are kept in memory and saved there as soon as it can be written again (DeskCoach retries every minute).</source>
        <translation>Der Pausenverlauf konnte nicht in %1 gespeichert werden (%2). Die dort gespeicherten Pausen bleiben, wie sie sind; die Pausen dieser Sitzung werden im Speicher gehalten und dort gespeichert, sobald wieder geschrieben werden kann (DeskCoach versucht es jede Minute).</translation>
    </message>
    <message>
        <source>%1: damaged (%2); it was moved to %3 and a fresh history started. To recover, quit DeskCoach and try `sqlite3 %3 .recover | sqlite3 recovered.sqlite3`.</source>
        <translation>%1: beschädigt (%2); die Datei wurde nach %3 verschoben und ein neuer Verlauf begonnen. Zur Wiederherstellung beende DeskCoach und versuch `sqlite3 %3 .recover | sqlite3 recovered.sqlite3`.</translation>
    </message>
    <message>
        <source>%1: cannot be used (%2); breaks are kept in memory only this session</source>
        <translation>%1: kann nicht verwendet werden (%2); die Pausen werden in dieser Sitzung nur im Speicher gehalten</translation>
    </message>
    <message>
        <source>%1: not a readable JSON file (%2)</source>
        <extracomment>Each section as exported: its query, and the columns that hold JSON text.
----------
The staged columns of each section: the stored ones, then what the last checks need. Breaks looked up in the history at once, to find those it holds already. The page cache while importing (the history&apos;s own is 512 KiB): a million random look-ups in the uid index need the index in memory. Bounded, and put back afterwards.</extracomment>
        <translation>%1: keine lesbare JSON-Datei (%2)</translation>
    </message>
    <message>
        <source>%1: not a DeskCoach export (&apos;format&apos; must be %2)</source>
        <extracomment>How far ahead of this computer&apos;s clock a recorded time may be (the other one&apos;s was fast). No record is older: clocks that lost their time restart at 1970, never before. How far a break may fall due from when it ended (skipping the next break ahead records a due time in the future; a long sleep one in the past).</extracomment>
        <translation>%1: kein DeskCoach-Export („format“ muss %2 sein)</translation>
    </message>
    <message>
        <source>%1: settings: %2</source>
        <translation>%1: Einstellungen: %2</translation>
    </message>
    <message>
        <source>%1: &apos;format_version&apos; is %2; this DeskCoach reads 1-%3</source>
        <translation>%1: „format_version“ ist %2; diese DeskCoach-Version liest 1-%3</translation>
    </message>
    <message>
        <source>is %1, more than %2 days from its end (%3)</source>
        <translation>ist %1, mehr als %2 Tage von seinem Ende entfernt (%3)</translation>
    </message>
    <message>
        <source>(%1) is before started (%2)</source>
        <translation>(%1) liegt vor dem Beginn (%2)</translation>
    </message>
    <message>
        <source>must be a list of exercise ids</source>
        <translation>muss eine Liste von Übungs-IDs sein</translation>
    </message>
    <message>
        <source>(%1) is before its break ended (%2.ended %3)</source>
        <translation>(%1) liegt vor dem Ende seiner Pause (%2.ended %3)</translation>
    </message>
    <message>
        <source>%1 is not among its break&apos;s exercises (%2.exercises)</source>
        <translation>%1 gehört nicht zu den Übungen seiner Pause (%2.exercises)</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>muss ein Text sein</translation>
    </message>
    <message>
        <source>must map item ids to %1</source>
        <translation>muss Checklistenpunkt-IDs auf %1 abbilden</translation>
    </message>
    <message>
        <source>names %1, not a checklist item</source>
        <translation>nennt %1, keinen Checklistenpunkt</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be an object</source>
        <translation>%1: „%2“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a list</source>
        <translation>%1: „%2“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1: %2[%3] must be an object</source>
        <translation>%1: %2[%3] muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be a text of 1-200 characters</source>
        <translation>muss ein Text mit 1-200 Zeichen sein</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss eines von %1 sein</translation>
    </message>
    <message>
        <source>must be an ISO 8601 time with its UTC offset</source>
        <translation>muss eine ISO-8601-Zeit mit UTC-Versatz sein</translation>
    </message>
    <message>
        <source>is %1, before %2</source>
        <translation>ist %1, vor %2</translation>
    </message>
    <message>
        <source>is %1, in the future (this computer&apos;s clock says %2)</source>
        <translation>ist %1, in der Zukunft (die Uhr dieses Computers zeigt %2)</translation>
    </message>
    <message>
        <source>(%1) is before %2 (%3)</source>
        <translation>(%1) liegt vor %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 appears twice</source>
        <translation>%1: %2 kommt doppelt vor</translation>
    </message>
    <message>
        <source>a check-in&apos;s time must carry its UTC offset</source>
        <extracomment>after_break: the 10-second question after a break; morning: the first break of the day (&quot;how is it this morning?&quot;); weekly: the body map; manual: `deskcoach checkin`. At or under this during and after exercise is fine (&quot;a mild ache&quot;); above it is too much.</extracomment>
        <translation>die Zeit eines Check-ins muss ihren UTC-Versatz enthalten</translation>
    </message>
    <message>
        <source>pain must be a whole number from 0 to %1, not %2</source>
        <translation>Schmerz muss eine ganze Zahl von 0 bis %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>kind is %1, allowed: %2</source>
        <translation>Art ist %1, erlaubt: %2</translation>
    </message>
    <message>
        <source>region is %1, allowed: %2</source>
        <translation>Region ist %1, erlaubt: %2</translation>
    </message>
    <message>
        <source>the note is one line of at most %1 characters</source>
        <translation>die Notiz ist eine Zeile mit höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>Your answer matches a warning sign:</source>
        <translation>Deine Antwort entspricht einem Warnzeichen:</translation>
    </message>
    <message numerus="yes">
        <source>week %1 of %n</source>
        <translation>
            <numerusform>Woche %1 von %n</numerusform>
            <numerusform>Woche %1 von %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week %1 of a %n-week programme</source>
        <translation>
            <numerusform>Woche %1 eines %n-wöchigen Programms</numerusform>
            <numerusform>Woche %1 eines %n-wöchigen Programms</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage: the number, then the sign as the language writes it</comment>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
</TS>
