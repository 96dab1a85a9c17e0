<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>A break is waiting</source>
        <extracomment>The rest of starting waits this long after the icon is shown: the event loop goes idle, so the dock request reaches the tray host and the icon is placed before the scheduler, content and detectors load (run at once, they kept the request unsent for 50-100 ms).</extracomment>
        <translation>Une pause vous attend</translation>
    </message>
    <message>
        <source>Your break has waited %1 minutes for a meeting or full-screen app. Take it when you can; it appears as soon as you are done.</source>
        <translation>Votre pause a attendu %1&#xa0;minutes la fin d&apos;une réunion ou d&apos;une application en plein écran. Faites-la quand vous pouvez&#x202f;; elle s&apos;affiche dès que vous avez terminé.</translation>
    </message>
    <message>
        <source>DeskCoach workstation check</source>
        <translation>Bilan du poste de travail DeskCoach</translation>
    </message>
    <message>
        <source>DeskCoach: some files could not be used</source>
        <translation>DeskCoach&#xa0;: certains fichiers n&apos;ont pas pu être utilisés</translation>
    </message>
    <message>
        <source>The workstation checklist could not be loaded.</source>
        <translation>La liste de contrôle du poste de travail n&apos;a pas pu être chargée.</translation>
    </message>
    <message>
        <source>DeskCoach cannot open its control socket: %1.</source>
        <translation>DeskCoach ne peut pas ouvrir son socket de contrôle&#xa0;: %1.</translation>
    </message>
    <message>
        <source>DeskCoach is already running for this profile.</source>
        <translation>DeskCoach est déjà lancé pour ce profil.</translation>
    </message>
    <message>
        <source>%1, step %2 of %3: %4</source>
        <translation>%1, étape %2 sur %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>%1: five minutes for your body</source>
        <translation>%1&#xa0;: cinq minutes pour votre corps</translation>
    </message>
    <message>
        <source>%1. Click here to start.</source>
        <translation>%1. Cliquez ici pour commencer.</translation>
    </message>
    <message>
        <source>Stand up, reach both arms overhead, and take 10 slow breaths.</source>
        <translation>Levez-vous, tendez les deux bras au-dessus de la tête et prenez 10 respirations lentes.</translation>
    </message>
    <message>
        <source>MOVEMENT BREAK</source>
        <translation>PAUSE ACTIVE</translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>C&apos;est le moment de bouger</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Ce qu&apos;il faut faire</translation>
    </message>
    <message>
        <source>Break progress</source>
        <translation>Progression de la pause</translation>
    </message>
    <message>
        <source>The timer waits while you keep working; step away to let it run.</source>
        <translation>Le minuteur attend tant que vous continuez à travailler&#x202f;; éloignez-vous du poste pour qu&apos;il avance.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>Done: finish the break now</source>
        <translation>Terminé&#xa0;: finir la pause maintenant</translation>
    </message>
    <message>
        <source>S&amp;wap exercise</source>
        <translation>&amp;Changer d&apos;exercice</translation>
    </message>
    <message>
        <source>Swap this exercise for another</source>
        <translation>Remplacer cet exercice par un autre</translation>
    </message>
    <message>
        <source>Exercise &amp;info</source>
        <translation>&amp;Infos sur l&apos;exercice</translation>
    </message>
    <message>
        <source>This exercise&apos;s cautions and who should leave it out</source>
        <translation>Les précautions de cet exercice et qui doit l&apos;éviter</translation>
    </message>
    <message>
        <source>When to get &amp;help</source>
        <translation>Quand demander de l&apos;&amp;aide</translation>
    </message>
    <message>
        <source>BEFORE YOUR FIRST MOVEMENT BREAK</source>
        <translation>AVANT VOTRE PREMIÈRE PAUSE ACTIVE</translation>
    </message>
    <message>
        <source>Move gently, and listen to your body</source>
        <translation>Bougez en douceur et écoutez votre corps</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Consigne de sécurité</translation>
    </message>
    <message>
        <source>&amp;I understand, show the exercises</source>
        <translation>&amp;J&apos;ai compris, voir les exercices</translation>
    </message>
    <message>
        <source>DeskCoach suggests gentle, general movements. It is not medical advice.

Move within a comfortable range and never bounce. Stop if a movement hurts, tingles, goes numb, sends symptoms into an arm or leg, makes you dizzy or makes pain worse.

Get emergency care now for loss of bladder or bowel control, numbness around the genitals or buttocks, new weakness in the legs, or chest pain. See a doctor or physiotherapist before going on if pain spreads below the knee, wakes you at night or keeps getting worse, and after recent surgery or injury, or during pregnancy.

&quot;When to get help&quot; (below, and in the tray menu) lists every sign.</source>
        <translation>DeskCoach propose des mouvements doux et généraux. Ce n&apos;est pas un avis médical.

Bougez dans une amplitude confortable et sans à-coups. Arrêtez si un mouvement fait mal, fourmille, engourdit, envoie des symptômes dans un bras ou une jambe, vous donne des vertiges ou aggrave une douleur.

Faites-vous soigner en urgence en cas de perte de contrôle de la vessie ou des intestins, d&apos;engourdissement autour des parties génitales ou des fesses, de faiblesse nouvelle dans les jambes ou de douleur thoracique. Consultez un médecin ou un kinésithérapeute avant de continuer si la douleur descend sous le genou, vous réveille la nuit ou ne cesse d&apos;empirer, ainsi qu&apos;après une opération ou une blessure récente, ou pendant une grossesse.

«&#xa0;Quand demander de l&apos;aide&#xa0;» (ci-dessous et dans le menu de la zone de notification) liste tous les signes.</translation>
    </message>
    <message>
        <source>Breath %1 of %2</source>
        <translation>Respiration %1&#xa0;sur %2</translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation>Répétition %1&#xa0;sur %2</translation>
    </message>
    <message>
        <source>Hold %1 s</source>
        <translation>Tenez %1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>BREAK DONE</source>
        <translation>PAUSE TERMINÉE</translation>
    </message>
    <message>
        <source>Nice work. How did that feel?</source>
        <translation>Bien joué. Comment l&apos;avez-vous ressenti&#x202f;?</translation>
    </message>
    <message>
        <source>One tap helps DeskCoach pick exercises that suit you. Uncomfortable? A short question then asks which exercise.</source>
        <translation>Un simple clic aide DeskCoach à choisir des exercices qui vous conviennent. Inconfortable&#x202f;? Une courte question vous demande alors lequel.</translation>
    </message>
    <message>
        <source>Felt &amp;good</source>
        <translation>Ça m&apos;a fait du &amp;bien</translation>
    </message>
    <message>
        <source>&amp;Neutral</source>
        <translation>&amp;Neutre</translation>
    </message>
    <message>
        <source>&amp;Uncomfortable</source>
        <translation>&amp;Inconfortable</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Thanks for telling DeskCoach</source>
        <extracomment>The break window is built this many real seconds before a break falls due, so it shows at once then (building it, with the figure and its stylesheets, takes 50-100 ms); not sooner, so an idle app does not carry it for the whole work stretch.</extracomment>
        <translation>Merci pour votre retour</translation>
    </message>
    <message>
        <source>If discomfort keeps coming back, a quick workstation check can help: Checklist... in the menu. See a clinician about pain that persists.</source>
        <translation>Si la gêne revient régulièrement, un rapide bilan du poste de travail peut aider&#xa0;: Liste de contrôle... dans le menu. Consultez un professionnel de santé si la douleur persiste.</translation>
    </message>
    <message>
        <source>DeskCoach - time to move</source>
        <translation>DeskCoach – c&apos;est le moment de bouger</translation>
    </message>
    <message>
        <source>Movement break</source>
        <translation>Pause active</translation>
    </message>
    <message>
        <source>Look at something far away and breathe easily until the break ends.</source>
        <translation>Regardez au loin et respirez tranquillement jusqu&apos;à la fin de la pause.</translation>
    </message>
    <message numerus="yes">
        <source>S&amp;nooze %n min</source>
        <translation>
            <numerusform>&amp;Plus tard (%n&#xa0;min)</numerusform>
            <numerusform>&amp;Plus tard (%n&#xa0;min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze the break for %n minutes</source>
        <translation>
            <numerusform>Reporter la pause de %n&#xa0;minute</numerusform>
            <numerusform>Reporter la pause de %n&#xa0;minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Movement break. Before it starts: %1</source>
        <translation>Pause active. Avant de commencer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Movement break: %1. %2</source>
        <translation>Pause active&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>MOVEMENT BREAK  ·  EXERCISE %1 OF %2</source>
        <translation>PAUSE ACTIVE  ·  EXERCICE %1 SUR %2</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1&#xa0;sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>encore %1</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Passer</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skip (%n left today)</source>
        <translation>
            <numerusform>&amp;Passer (encore %n aujourd&apos;hui)</numerusform>
            <numerusform>&amp;Passer (encore %n aujourd&apos;hui)</numerusform>
        </translation>
    </message>
    <message>
        <source>Point at a period for its figures.</source>
        <translation>Pointez une période pour voir ses chiffres.</translation>
    </message>
    <message>
        <source>Details of the period under the pointer</source>
        <translation>Détails de la période sous le pointeur</translation>
    </message>
    <message>
        <source>Breaks, share taken and longest stretch per period</source>
        <translation>Pauses, part des pauses prises et plus longue durée sans pause par période</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <source>Taken (%)</source>
        <translation>Prises (%)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Skipped and missed breaks by weekday and hour</source>
        <translation>Pauses passées ou manquées par jour de la semaine et par heure</translation>
    </message>
    <message>
        <source>When breaks get skipped or missed</source>
        <translation>Quand les pauses sont passées ou manquées</translation>
    </message>
    <message>
        <source>Skipped or missed</source>
        <translation>Passées ou manquées</translation>
    </message>
    <message>
        <source>* %1 is not over yet: its figures so far.</source>
        <translation>* %1 n&apos;est pas encore terminé&#xa0;: chiffres provisoires.</translation>
    </message>
    <message>
        <source>Share of due breaks taken; dashed: your %1 goal; no dot: nothing due</source>
        <translation>Part des pauses prévues qui ont été prises&#x202f;; en pointillés&#xa0;: votre objectif de %1&#x202f;; sans point&#xa0;: rien de prévu</translation>
    </message>
    <message>
        <source>Longest time without a break; dashed: your %1 min interval</source>
        <translation>Plus longue durée sans pause&#x202f;; en pointillés&#xa0;: votre intervalle de %1&#xa0;min</translation>
    </message>
    <message>
        <source>Hour the break fell due</source>
        <translation>Heure à laquelle la pause était prévue</translation>
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
        <translation>Votre programme a changé</translation>
    </message>
    <message>
        <source>How does it feel now?</source>
        <translation>Comment vous sentez-vous maintenant&#x202f;?</translation>
    </message>
    <message>
        <source>Pain or discomfort from 0 (none) to 10 (the worst). Up to 3 is fine; DeskCoach paces each exercise by your answers.</source>
        <translation>Douleur ou gêne de 0 (aucune) à 10 (la pire). Jusqu&apos;à 3, c&apos;est normal&#x202f;; DeskCoach adapte chaque exercice à vos réponses.</translation>
    </message>
    <message>
        <source>How did your body feel when you got up today?</source>
        <translation>Comment votre corps se sentait-il au lever aujourd&apos;hui&#x202f;?</translation>
    </message>
    <message>
        <source>0 is no pain or stiffness, 10 the worst. Your mornings decide when an exercise gets harder or easier.</source>
        <translation>0 signifie aucune douleur ni raideur, 10 la pire. Vos matins décident quand un exercice devient plus difficile ou plus facile.</translation>
    </message>
    <message>
        <source>Which places ached this week?</source>
        <translation>Où avez-vous eu mal cette semaine&#x202f;?</translation>
    </message>
    <message>
        <source>Tick each one, then pick how bad it was at worst (0-10). Nothing ached? Pick 0.</source>
        <translation>Cochez chaque zone, puis indiquez l&apos;intensité maximale (0-10). Aucune douleur&#x202f;? Choisissez 0.</translation>
    </message>
    <message>
        <source>DeskCoach check-in</source>
        <extracomment>answers: one (pain, region or &quot;&quot;, exercise or &quot;&quot;) per check-in; kind; free-text note</extracomment>
        <translation>Point rapide DeskCoach</translation>
    </message>
    <message>
        <source>The whole break</source>
        <translation>Toute la pause</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Concerne</translation>
    </message>
    <message>
        <source>Where (optional)</source>
        <translation>Où (facultatif)</translation>
    </message>
    <message>
        <source>Anywhere / in general</source>
        <translation>Partout / en général</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Où</translation>
    </message>
    <message>
        <source>Pain %1 of 10</source>
        <translation>Douleur %1&#xa0;sur 10</translation>
    </message>
    <message>
        <source>Anything else, such as numbness or tingling? (optional)</source>
        <translation>Autre chose, comme un engourdissement ou des picotements&#x202f;? (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>DeskCoach</source>
        <translation>DeskCoach</translation>
    </message>
    <message>
        <source>Your answers could not be saved: %1</source>
        <translation>Vos réponses n&apos;ont pas pu être enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Impossible d&apos;exporter vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Workstation check exported</source>
        <translation>Bilan du poste de travail exporté</translation>
    </message>
    <message numerus="yes">
        <source>%n workstation actions to follow up: %1</source>
        <translation>
            <numerusform>%n action à suivre pour le poste de travail&#xa0;: %1</numerusform>
            <numerusform>%n actions à suivre pour le poste de travail&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has been %n months since your workstation check. A fresh one takes five minutes: Checklist... in the DeskCoach menu.</source>
        <translation>
            <numerusform>Votre dernier bilan du poste de travail date de %n mois. Un nouveau prend cinq minutes&#xa0;: Liste de contrôle... dans le menu DeskCoach.</numerusform>
            <numerusform>Votre dernier bilan du poste de travail date de %n mois. Un nouveau prend cinq minutes&#xa0;: Liste de contrôle... dans le menu DeskCoach.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time for a workstation check: choose Checklist... in the DeskCoach menu. It takes about five minutes.</source>
        <translation>C&apos;est le moment de faire le bilan de votre poste de travail&#xa0;: choisissez Liste de contrôle... dans le menu DeskCoach. Cela prend environ cinq minutes.</translation>
    </message>
    <message>
        <source>DeskCoach - workstation check</source>
        <translation>DeskCoach – bilan du poste de travail</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Minutage</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>exercise ids</source>
        <translation>identifiants d&apos;exercices</translation>
    </message>
    <message>
        <source>a list of up to %1 of: %2</source>
        <translation>une liste d&apos;au plus %1 parmi&#xa0;: %2</translation>
    </message>
    <message>
        <source>neck</source>
        <extracomment>each region in words, for sentences (&quot;neck, upper back&quot;); translated where shown</extracomment>
        <translation>nuque</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>haut du dos</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>épaules</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>poitrine</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>bas du dos</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>hanches</translation>
    </message>
    <message>
        <source>legs</source>
        <translation>jambes</translation>
    </message>
    <message>
        <source>legs&apos; circulation</source>
        <extracomment>clearer on its own as a box to tick than the word the sentences use</extracomment>
        <translation>circulation des jambes</translation>
    </message>
    <message>
        <source>wrists and hands</source>
        <translation>poignets et mains</translation>
    </message>
    <message>
        <source>circulation</source>
        <translation>circulation</translation>
    </message>
    <message>
        <source>eyes</source>
        <translation>yeux</translation>
    </message>
    <message>
        <source>breathing</source>
        <translation>respiration</translation>
    </message>
    <message>
        <source>whole body</source>
        <translation>corps entier</translation>
    </message>
    <message>
        <source>Work interval</source>
        <translation>Intervalle de travail</translation>
    </message>
    <message>
        <source>Minutes of work between breaks; 30-45 is recommended.</source>
        <translation>Minutes de travail entre les pauses&#x202f;; 30 à 45 sont recommandées.</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>Durée de la pause</translation>
    </message>
    <message>
        <source>How long each movement break lasts.</source>
        <translation>Durée de chaque pause active.</translation>
    </message>
    <message>
        <source>Notice before a break</source>
        <translation>Préavis avant une pause</translation>
    </message>
    <message>
        <source>How early the tray warns that a break is coming (0 = no notice).</source>
        <translation>Combien de temps à l&apos;avance l&apos;icône de la zone de notification annonce une pause (0 = pas de préavis).</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>Durée du report</translation>
    </message>
    <message>
        <source>How long Snooze puts a break off.</source>
        <translation>De combien «&#xa0;Plus tard&#xa0;» reporte une pause.</translation>
    </message>
    <message>
        <source>Putting breaks off</source>
        <translation>Reporter les pauses</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <translation>Reports par pause</translation>
    </message>
    <message>
        <source>How often one break may be snoozed.</source>
        <translation>Combien de fois une même pause peut être reportée.</translation>
    </message>
    <message>
        <source>Skips per day</source>
        <translation>Pauses passées par jour</translation>
    </message>
    <message>
        <source>How many breaks may be skipped each day.</source>
        <translation>Combien de pauses peuvent être passées chaque jour.</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>Strict mode</source>
        <translation>Mode strict</translation>
    </message>
    <message>
        <source>Breaks cannot be skipped or snoozed.</source>
        <translation>Les pauses ne peuvent être ni passées ni reportées.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Play a soft cue when a break starts and when it ends (never while a meeting holds breaks).</source>
        <translation>Jouer un son discret au début et à la fin d&apos;une pause (jamais pendant qu&apos;une réunion retient les pauses).</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Lancer à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Start DeskCoach when you log in.</source>
        <translation>Lancer DeskCoach à l&apos;ouverture de votre session.</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>Animations réduites</translation>
    </message>
    <message>
        <source>Show still key poses instead of animations.</source>
        <translation>Afficher des positions clés fixes au lieu d&apos;animations.</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Seated only</source>
        <translation>Assis uniquement</translation>
    </message>
    <message>
        <source>Only suggest exercises that can be done sitting down.</source>
        <translation>Ne proposer que des exercices réalisables en position assise.</translation>
    </message>
    <message>
        <source>Back movements</source>
        <translation>Mouvements du dos</translation>
    </message>
    <message>
        <source>Leave out forward bends (flexion) or backward bends (extension) if one of them does not feel good.</source>
        <translation>Exclure les flexions avant (flexion) ou les inclinaisons arrière (extension) si l&apos;un des deux ne vous fait pas du bien.</translation>
    </message>
    <message>
        <source>Regions to leave out</source>
        <translation>Zones à exclure</translation>
    </message>
    <message>
        <source>Body regions DeskCoach should not suggest exercises for.</source>
        <translation>Zones du corps pour lesquelles DeskCoach ne doit pas proposer d&apos;exercices.</translation>
    </message>
    <message>
        <source>Exercises to leave out</source>
        <translation>Exercices à exclure</translation>
    </message>
    <message>
        <source>Exercises DeskCoach should never suggest.</source>
        <translation>Exercices que DeskCoach ne doit jamais proposer.</translation>
    </message>
    <message>
        <source>Away after</source>
        <translation>Absent après</translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse after which the work timer stops; coming back after at least a break&apos;s length counts as a natural break.</source>
        <translation>Minutes sans clavier ni souris après lesquelles le minuteur de travail s&apos;arrête&#x202f;; revenir après au moins la durée d&apos;une pause compte comme une pause naturelle.</translation>
    </message>
    <message>
        <source>Smart timing</source>
        <translation>Minutage intelligent</translation>
    </message>
    <message>
        <source>Wait for full-screen apps</source>
        <translation>Attendre les applications en plein écran</translation>
    </message>
    <message>
        <source>Hold a break while a full-screen app or presentation is in front.</source>
        <translation>Retenir une pause tant qu&apos;une application en plein écran ou une présentation est au premier plan.</translation>
    </message>
    <message>
        <source>Wait for meetings</source>
        <translation>Attendre la fin des réunions</translation>
    </message>
    <message>
        <source>Hold a break while another app uses the camera or microphone.</source>
        <translation>Retenir une pause tant qu&apos;une autre application utilise la caméra ou le micro.</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Attente maximale</translation>
    </message>
    <message>
        <source>After this long a held break gives a gentle reminder.</source>
        <translation>Passé ce délai, une pause retenue envoie un rappel discret.</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Heures de travail</translation>
    </message>
    <message>
        <source>e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always.</source>
        <translation>p. ex. mon-fri 08:30-12:30,13:30-17:30&#x202f;; vide signifie toujours.</translation>
    </message>
    <message>
        <source>Checklist reminders</source>
        <translation>Rappels de la liste de contrôle</translation>
    </message>
    <message>
        <source>Remind me of open workstation actions and when a fresh check is due.</source>
        <translation>Me rappeler les actions en cours pour le poste de travail et quand un nouveau bilan est dû.</translation>
    </message>
    <message>
        <source>Workstation check</source>
        <translation>Bilan du poste de travail</translation>
    </message>
    <message>
        <source>Fresh check after</source>
        <translation>Nouveau bilan après</translation>
    </message>
    <message>
        <source>Months after a workstation check until DeskCoach suggests a new one.</source>
        <translation>Nombre de mois après un bilan du poste de travail avant que DeskCoach en propose un nouveau.</translation>
    </message>
    <message>
        <source>Streak goal</source>
        <translation>Objectif de série</translation>
    </message>
    <message>
        <source>The share of the day&apos;s due breaks to take for the day to join your streak on the progress dashboard.</source>
        <translation>La part des pauses prévues de la journée à prendre pour que la journée compte dans votre série sur le tableau de bord.</translation>
    </message>
    <message>
        <source>Eye breaks every</source>
        <translation>Pauses pour les yeux toutes les</translation>
    </message>
    <message>
        <source>A 20-second prompt to look into the distance, between movement breaks (0 = off).</source>
        <translation>Une invitation de 20 secondes à regarder au loin, entre les pauses actives (0 = désactivé).</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Eye breaks</source>
        <translation>Pauses pour les yeux</translation>
    </message>
    <message>
        <source>Daily anchors</source>
        <translation>Ancrages quotidiens</translation>
    </message>
    <message>
        <source>Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none.</source>
        <translation>Routines facultatives de cinq minutes à des moments que vous respectez déjà, p. ex. café 08:30, déjeuner 12:30, fin de journée 17:15&#x202f;; vide signifie aucune.</translation>
    </message>
    <message>
        <source>Daily routines</source>
        <translation>Routines quotidiennes</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>How loud the break cues are.</source>
        <translation>Volume des sons de pause.</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Which of DeskCoach&apos;s sounds the cues use.</source>
        <translation>Lequel des sons de DeskCoach utiliser.</translation>
    </message>
    <message>
        <source>Break window on</source>
        <translation>Fenêtre de pause sur</translation>
    </message>
    <message>
        <source>pointer: the screen with the mouse pointer; primary: the main screen; all: the break on the pointer&apos;s screen and a calm dimmed panel on the others (it never blocks input).</source>
        <translation>pointer&#xa0;: l&apos;écran où se trouve le pointeur&#x202f;; primary&#xa0;: l&apos;écran principal&#x202f;; all&#xa0;: la pause sur l&apos;écran du pointeur et un panneau sombre et calme sur les autres (il ne bloque jamais la saisie).</translation>
    </message>
    <message>
        <source>Break window</source>
        <translation>Fenêtre de pause</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Light or dark windows; system follows your desktop&apos;s colour scheme.</source>
        <translation>Fenêtres claires ou sombres&#x202f;; system suit le thème de couleurs de votre bureau.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of DeskCoach&apos;s menus, exercises and messages; system follows your desktop. It applies at once; windows already open change when you open them again.</source>
        <translation>La langue des menus, des exercices et des messages de DeskCoach&#x202f;; system suit votre bureau. Elle s&apos;applique immédiatement&#x202f;; les fenêtres déjà ouvertes changent quand vous les rouvrez.</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos; (known: %2)</source>
        <translation>paramètre inconnu «&#xa0;%1&#xa0;» (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, allowed: %3</source>
        <translation>«&#xa0;%1&#xa0;» vaut %2, autorisé&#xa0;: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false, not %2</source>
        <translation>«&#xa0;%1&#xa0;» doit être true ou false, pas %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number (%2), not %3</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier (%2), pas %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2, not %3</source>
        <translation>«&#xa0;%1&#xa0;» doit être %2, pas %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds %2, allowed: %3</source>
        <translation>«&#xa0;%1&#xa0;» contient %2, autorisé&#xa0;: %3</translation>
    </message>
    <message>
        <source>A desktop computer</source>
        <translation>Un ordinateur de bureau</translation>
    </message>
    <message>
        <source>A laptop on its own</source>
        <translation>Un ordinateur portable seul</translation>
    </message>
    <message>
        <source>A laptop with a separate screen, keyboard and mouse</source>
        <translation>Un ordinateur portable avec écran, clavier et souris séparés</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>My manager</source>
        <translation>Mon responsable</translation>
    </message>
    <message>
        <source>Facilities / IT</source>
        <translation>Services généraux / informatique</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>&amp;Resume where you left off</source>
        <translation>&amp;Reprendre là où vous en étiez</translation>
    </message>
    <message>
        <source>WORKSTATION CHECK</source>
        <translation>BILAN DU POSTE DE TRAVAIL</translation>
    </message>
    <message>
        <source>Is your desk set up to look after you?</source>
        <translation>Votre poste prend-il soin de vous&#x202f;?</translation>
    </message>
    <message>
        <source>%1 quick yes/no questions (%2 on a laptop used on its own), five minutes at most. Answer for the place you work most. You can stop at any time: your answers are kept.</source>
        <translation>%1 questions rapides par oui ou non (%2 pour un ordinateur portable utilisé seul), cinq minutes au plus. Répondez pour l&apos;endroit où vous travaillez le plus. Vous pouvez vous arrêter à tout moment&#xa0;: vos réponses sont conservées.</translation>
    </message>
    <message>
        <source>Optional, for the report</source>
        <translation>Facultatif, pour le rapport</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>You work on:</source>
        <translation>Vous travaillez sur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>Progress through the check</source>
        <translation>Progression du bilan</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>Not &amp;applicable</source>
        <translation>&amp;Sans objet</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Retour</translation>
    </message>
    <message>
        <source>Save and finish &amp;later</source>
        <translation>Enregistrer et finir p&amp;lus tard</translation>
    </message>
    <message>
        <source>WORKSTATION CHECK DONE</source>
        <translation>BILAN DU POSTE DE TRAVAIL TERMINÉ</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>A self-assessment supports, but does not replace, your employer&apos;s workstation assessment.</source>
        <translation>Une auto-évaluation complète l&apos;évaluation du poste de travail par votre employeur, mais ne la remplace pas.</translation>
    </message>
    <message>
        <source>Start a &amp;new check</source>
        <translation>Commencer un &amp;nouveau bilan</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>Exporter en &amp;PDF...</translation>
    </message>
    <message>
        <source>Export &amp;JSON...</source>
        <translation>Exporter en &amp;JSON...</translation>
    </message>
    <message>
        <source>%1  ·  QUESTION %2 OF %3</source>
        <translation>%1  ·  QUESTION %2 SUR %3</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>Pourquoi c&apos;est important&#xa0;: %1</translation>
    </message>
    <message>
        <source>If not: %1</source>
        <translation>Sinon&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 fine. %3</source>
        <translation>%1&#xa0;sur %2 en ordre. %3</translation>
    </message>
    <message>
        <source>Here is what to fix:</source>
        <translation>Ce qu&apos;il faut corriger&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing to fix. Well set up!</source>
        <translation>Rien à corriger. Poste bien réglé&#x202f;!</translation>
    </message>
    <message numerus="yes">
        <source>%n answers changed since your check on %1.</source>
        <translation>
            <numerusform>%n réponse a changé depuis votre bilan du %1.</numerusform>
            <numerusform>%n réponses ont changé depuis votre bilan du %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fine: %1</source>
        <translation>En ordre&#xa0;: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>Who acts on: %1</source>
        <translation>Qui s&apos;en charge&#xa0;: %1</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format (Qt QDate)</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Date de suivi</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Rapport PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the workstation check</source>
        <translation>Exporter le bilan du poste de travail</translation>
    </message>
    <message>
        <source>DeskCoach - progress</source>
        <translation>DeskCoach – progrès</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <extracomment>(label, bucket size, buckets): whole weeks and months, the last one so far</extracomment>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>12 dernières semaines</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>bar segments, bottom to top; their colours are the theme&apos;s `series`, in this order</extracomment>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Snoozed, then taken</source>
        <translation>Reportée, puis prise</translation>
    </message>
    <message>
        <source>Natural (away)</source>
        <translation>Naturelle (absence)</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Passée</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manquée</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>as in `deskcoach stats`: Taken counts breaks, Compliance is the share of due breaks taken</extracomment>
        <translation>Période</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prévues</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>Naturelles</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prises</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Taux de pauses prises</translation>
    </message>
    <message>
        <source>Longest stretch (min)</source>
        <translation>Plus longue durée sans pause (min)</translation>
    </message>
    <message>
        <source>Minutes moved</source>
        <translation>Minutes de mouvement</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Vos progrès</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Drawing the charts...</source>
        <translation>Dessin des graphiques...</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>Breaks per period, as a table, oldest first</source>
        <translation>Pauses par période, sous forme de tableau, de la plus ancienne à la plus récente</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>How the numbers are counted</source>
        <translation>Comment les chiffres sont calculés</translation>
    </message>
    <message>
        <source>&amp;How it is counted</source>
        <translation>&amp;Mode de calcul</translation>
    </message>
    <message>
        <source>Body log</source>
        <translation>Journal corporel</translation>
    </message>
    <message>
        <source>No breaks yet. After your first break, this is where you see how many you take each day, how long you go without one, and how you move. Take one now from the tray menu if you like.</source>
        <translation>Aucune pause pour l&apos;instant. Après votre première pause, vous verrez ici combien vous en prenez chaque jour, combien de temps vous restez sans pause et comment vous bougez. Vous pouvez en lancer une maintenant depuis le menu de la zone de notification.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Aujourd&apos;hui, %1</translation>
    </message>
    <message>
        <source>This week, %1 to today</source>
        <translation>Cette semaine, du %1 à aujourd&apos;hui</translation>
    </message>
    <message>
        <source>This week (today)</source>
        <translation>Cette semaine (aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>Streak, up to today</source>
        <translation>Série, jusqu&apos;à aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Moved this week</source>
        <translation>Mouvement cette semaine</translation>
    </message>
    <message>
        <source>Body regions this week</source>
        <translation>Zones du corps cette semaine</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n breaks</source>
        <translation>
            <numerusform>%1 pause sur %n</numerusform>
            <numerusform>%1 pauses sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format (Qt QDate)</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>taken of those due so far</source>
        <translation>prises parmi celles prévues jusqu&apos;ici</translation>
    </message>
    <message>
        <source>of due breaks taken; nothing to compare with last week</source>
        <translation>des pauses prévues prises&#x202f;; pas de comparaison possible avec la semaine dernière</translation>
    </message>
    <message>
        <source>nothing due yet this week</source>
        <translation>rien de prévu cette semaine pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%1 points against last week (%2)</source>
        <translation>
            <numerusform>%1 points par rapport à la semaine dernière (%2)</numerusform>
            <numerusform>%1 points par rapport à la semaine dernière (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>days in a row with %1 or more of due breaks taken; today joins at %1</source>
        <translation>jours d&apos;affilée avec au moins %1 des pauses prévues prises&#x202f;; aujourd&apos;hui compte à partir de %1</translation>
    </message>
    <message>
        <source>no day yet with %1 or more of due breaks taken; today joins at %1</source>
        <translation>aucun jour encore avec au moins %1 des pauses prévues prises&#x202f;; aujourd&apos;hui compte à partir de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n&#xa0;min</numerusform>
            <numerusform>%n&#xa0;min</numerusform>
        </translation>
    </message>
    <message>
        <source>of exercise in completed breaks</source>
        <translation>d&apos;exercice dans les pauses terminées</translation>
    </message>
    <message>
        <source> (so far)</source>
        <translation> (jusqu&apos;ici)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Regions this week</source>
        <translation>Zones cette semaine</translation>
    </message>
    <message>
        <source>all but %1</source>
        <translation>toutes sauf %1</translation>
    </message>
    <message>
        <source>all of them</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source> · %1 of due breaks taken</source>
        <translation> · %1 des pauses prévues prises</translation>
    </message>
    <message>
        <source>No system tray was found on this desktop, so DeskCoach shows this small window instead. Closing it minimises it; use Quit to stop DeskCoach.</source>
        <translation>Aucune zone de notification n&apos;a été trouvée sur ce bureau&#x202f;; DeskCoach affiche donc cette petite fenêtre à la place. La fermer la réduit&#x202f;; utilisez Quitter pour arrêter DeskCoach.</translation>
    </message>
    <message>
        <source>DeskCoach controls</source>
        <translation>Commandes DeskCoach</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Take a &amp;break now</source>
        <translation>Faire une &amp;pause maintenant</translation>
    </message>
    <message>
        <source>&amp;Pause 30 min</source>
        <translation>&amp;Suspendre 30&#xa0;min</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>S&amp;kip next</source>
        <translation>Passer la &amp;suivante</translation>
    </message>
    <message>
        <source>Pro&amp;gress...</source>
        <translation>Pro&amp;grès...</translation>
    </message>
    <message>
        <source>&amp;Checklist...</source>
        <translation>&amp;Liste de contrôle...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>Paramè&amp;tres...</translation>
    </message>
    <message>
        <source>When to get &amp;help...</source>
        <translation>Quand demander de l&apos;&amp;aide...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>Illustration</translation>
    </message>
    <message>
        <source>When to get help</source>
        <translation>Quand demander de l&apos;aide</translation>
    </message>
    <message>
        <source>DeskCoach suggests gentle, general movements. It is not medical advice and cannot tell what is causing a symptom.</source>
        <translation>DeskCoach propose des mouvements doux et généraux. Ce n&apos;est pas un avis médical et il ne peut pas savoir ce qui cause un symptôme.</translation>
    </message>
    <message>
        <source>Get emergency care now</source>
        <translation>Faites-vous soigner en urgence</translation>
    </message>
    <message>
        <source>Call your emergency number or go to an emergency department if you have:</source>
        <translation>Appelez le numéro d&apos;urgence ou rendez-vous aux urgences si vous avez&#xa0;:</translation>
    </message>
    <message>
        <source>loss of control of your bladder or bowels, or new trouble passing urine</source>
        <translation>une perte de contrôle de la vessie ou des intestins, ou de nouvelles difficultés à uriner</translation>
    </message>
    <message>
        <source>numbness around your genitals, buttocks or inner thighs</source>
        <translation>un engourdissement autour des parties génitales, des fesses ou de l&apos;intérieur des cuisses</translation>
    </message>
    <message>
        <source>weakness in your legs that is new or getting worse</source>
        <translation>une faiblesse dans les jambes, nouvelle ou qui s&apos;aggrave</translation>
    </message>
    <message>
        <source>chest pain, with or without back pain</source>
        <translation>une douleur thoracique, avec ou sans mal de dos</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist soon</source>
        <translation>Consultez bientôt un médecin ou un kinésithérapeute</translation>
    </message>
    <message>
        <source>Book an appointment in the next few days if you have:</source>
        <translation>Prenez rendez-vous dans les prochains jours si vous avez&#xa0;:</translation>
    </message>
    <message>
        <source>back pain with a fever, night sweats or feeling generally unwell</source>
        <translation>un mal de dos avec de la fièvre, des sueurs nocturnes ou un malaise général</translation>
    </message>
    <message>
        <source>weight loss you cannot explain</source>
        <translation>une perte de poids inexpliquée</translation>
    </message>
    <message>
        <source>pain at night that does not ease when you rest or change position</source>
        <translation>une douleur nocturne qui ne se calme pas au repos ou en changeant de position</translation>
    </message>
    <message>
        <source>pain after a fall or accident</source>
        <translation>une douleur après une chute ou un accident</translation>
    </message>
    <message>
        <source>pain that spreads below the knee, or numbness or tingling that spreads</source>
        <translation>une douleur qui descend sous le genou, ou un engourdissement ou des picotements qui s&apos;étendent</translation>
    </message>
    <message>
        <source>pain that has changed your daily life for more than a week</source>
        <translation>une douleur qui perturbe votre quotidien depuis plus d&apos;une semaine</translation>
    </message>
    <message>
        <source>a second or third bout of the same pain within a year</source>
        <translation>un deuxième ou troisième épisode de la même douleur en un an</translation>
    </message>
    <message>
        <source>no progress after two weeks of regular, gentle movement</source>
        <translation>aucun progrès après deux semaines de mouvements doux et réguliers</translation>
    </message>
    <message>
        <source>Stop this exercise</source>
        <translation>Arrêtez cet exercice</translation>
    </message>
    <message>
        <source>Stop the movement, rest, and try a gentler one another time if it brings:</source>
        <translation>Arrêtez le mouvement, reposez-vous et essayez-en un plus doux une autre fois s&apos;il provoque&#xa0;:</translation>
    </message>
    <message>
        <source>pain, or pain that climbs as you go on</source>
        <translation>une douleur, ou une douleur qui augmente à mesure que vous continuez</translation>
    </message>
    <message>
        <source>tingling or numbness, or symptoms spreading into an arm or leg</source>
        <translation>des picotements ou un engourdissement, ou des symptômes qui s&apos;étendent à un bras ou une jambe</translation>
    </message>
    <message>
        <source>dizziness or light-headedness</source>
        <translation>des vertiges ou une sensation de tête légère</translation>
    </message>
    <message>
        <source>After recent surgery or an injury, or during pregnancy, ask a clinician which movements suit you before you start.</source>
        <translation>Après une opération ou une blessure récente, ou pendant une grossesse, demandez à un professionnel de santé quels mouvements vous conviennent avant de commencer.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
    <message>
        <source>DeskCoach - a break is coming</source>
        <translation>DeskCoach – une pause arrive</translation>
    </message>
    <message>
        <source>A movement break is coming</source>
        <translation>Une pause active arrive</translation>
    </message>
    <message>
        <source>Finish what you are doing; a short movement break is coming.</source>
        <translation>Terminez ce que vous faites&#x202f;; une courte pause active arrive.</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>&amp;Commencer maintenant</translation>
    </message>
    <message numerus="yes">
        <source>&amp;In %n minutes</source>
        <translation>
            <numerusform>&amp;Dans %n&#xa0;minute</numerusform>
            <numerusform>&amp;Dans %n&#xa0;minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put the break off for %n minutes</source>
        <translation>
            <numerusform>Reporter la pause de %n&#xa0;minute</numerusform>
            <numerusform>Reporter la pause de %n&#xa0;minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Movement break in %1</source>
        <translation>Pause active dans %1</translation>
    </message>
    <message>
        <source>Breathing pace</source>
        <translation>Rythme respiratoire</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspirez</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expirez</translation>
    </message>
    <message>
        <source>BEFORE THIS EXERCISE</source>
        <translation>AVANT CET EXERCICE</translation>
    </message>
    <message>
        <source>ABOUT THIS EXERCISE</source>
        <translation>À PROPOS DE CET EXERCICE</translation>
    </message>
    <message>
        <source>Check that it suits you</source>
        <translation>Vérifiez qu&apos;il vous convient</translation>
    </message>
    <message>
        <source>&amp;Back to the exercise</source>
        <translation>&amp;Retour à l&apos;exercice</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>DeskCoach - when to get help</source>
        <translation>DeskCoach – quand demander de l&apos;aide</translation>
    </message>
    <message>
        <source>A movement break is on your other screen.</source>
        <translation>Une pause active est affichée sur votre autre écran.</translation>
    </message>
    <message>
        <source>DeskCoach - break on another screen</source>
        <translation>DeskCoach – pause sur un autre écran</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <extracomment>the settings whose spin boxes show a unit around the number (see _unit_words) groups with a tab of their own; the rest share &quot;Breaks&quot;</extracomment>
        <translation>&amp;Pauses</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>E&amp;xercices</translation>
    </message>
    <message>
        <source>Smart &amp;timing</source>
        <translation>&amp;Minutage intelligent</translation>
    </message>
    <message>
        <source>&amp;Workstation check</source>
        <translation>&amp;Bilan du poste</translation>
    </message>
    <message>
        <source>E&amp;ye breaks and routines</source>
        <translation>Pauses pour les &amp;yeux et routines</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>A&amp;pparence</translation>
    </message>
    <message>
        <source>Include both</source>
        <translation>Inclure les deux</translation>
    </message>
    <message>
        <source>Leave out forward bends</source>
        <translation>Exclure les flexions avant</translation>
    </message>
    <message>
        <source>Leave out backward bends</source>
        <translation>Exclure les inclinaisons arrière</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Suivre le bureau</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Chime</source>
        <translation>Carillon</translation>
    </message>
    <message>
        <source>Bell</source>
        <translation>Cloche</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>Doux</translation>
    </message>
    <message>
        <source>The screen with the pointer</source>
        <translation>L&apos;écran du pointeur</translation>
    </message>
    <message>
        <source>The main screen</source>
        <translation>L&apos;écran principal</translation>
    </message>
    <message>
        <source>All screens (a calm panel on the others)</source>
        <translation>Tous les écrans (un panneau calme sur les autres)</translation>
    </message>
    <message>
        <source>DeskCoach settings</source>
        <extracomment>each language in its own words, never translated (a reader looks for their own)</extracomment>
        <translation>Paramètres DeskCoach</translation>
    </message>
    <message>
        <source>What stops the settings from being saved</source>
        <translation>Ce qui empêche l&apos;enregistrement des paramètres</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>Défini par votre organisation</translation>
    </message>
    <message>
        <source> (set by your organisation)</source>
        <translation> (défini par votre organisation)</translation>
    </message>
    <message>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>Autorisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 on the %2 tab: %3</source>
        <translation>%1 dans l&apos;onglet %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Not saved yet. </source>
        <translation>Pas encore enregistré. </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozes</source>
        <translation>
            <numerusform>%n fois</numerusform>
            <numerusform>%n fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skips</source>
        <translation>
            <numerusform>%n fois</numerusform>
            <numerusform>%n fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n&#xa0;mois</numerusform>
            <numerusform>%n&#xa0;mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n&#xa0;s</numerusform>
            <numerusform>%n&#xa0;s</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
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
        <translation>dd MMM yyyy</translation>
    </message>
    <message>
        <source>Break waiting until your meeting ends</source>
        <translation>Pause en attente jusqu&apos;à la fin de votre réunion</translation>
    </message>
    <message>
        <source>Break waiting until the full-screen app closes</source>
        <translation>Pause en attente jusqu&apos;à la fermeture de l&apos;application en plein écran</translation>
    </message>
    <message>
        <source>You are away: the timer is stopped</source>
        <translation>Absence détectée&#xa0;: le minuteur est arrêté</translation>
    </message>
    <message>
        <source>Screen locked: the timer is stopped</source>
        <translation>Écran verrouillé&#xa0;: le minuteur est arrêté</translation>
    </message>
    <message>
        <source>Outside your working hours</source>
        <translation>En dehors de vos heures de travail</translation>
    </message>
    <message>
        <source>On a movement break</source>
        <translation>En pause active</translation>
    </message>
    <message>
        <source>Outside your working hours, back at %1</source>
        <translation>En dehors de vos heures de travail, retour à %1</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Suspendu jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Snoozed: break in %1</source>
        <translation>Reportée&#xa0;: pause dans %1</translation>
    </message>
    <message>
        <source>Next break in %1</source>
        <translation>Prochaine pause dans %1</translation>
    </message>
    <message>
        <source>&amp;30 minutes</source>
        <translation>&amp;30 minutes</translation>
    </message>
    <message>
        <source>&amp;1 hour</source>
        <translation>&amp;1 heure</translation>
    </message>
    <message>
        <source>&amp;Until tomorrow</source>
        <translation>&amp;Jusqu&apos;à demain</translation>
    </message>
    <message>
        <source>DeskCoach menu</source>
        <translation>Menu DeskCoach</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Suspendre</translation>
    </message>
    <message>
        <source>S&amp;kip next break</source>
        <translation>Passer la pause &amp;suivante</translation>
    </message>
    <message>
        <source>S&amp;kip this break</source>
        <translation>Passer &amp;cette pause</translation>
    </message>
    <message>
        <source>Eye break</source>
        <translation>Pause pour les yeux</translation>
    </message>
    <message numerus="yes">
        <source>Look at something at least 6 metres away for %n seconds, and blink slowly a few times.</source>
        <translation>
            <numerusform>Regardez un point situé à au moins 6 mètres pendant %n seconde, et clignez lentement des yeux plusieurs fois.</numerusform>
            <numerusform>Regardez un point situé à au moins 6 mètres pendant %n secondes, et clignez lentement des yeux plusieurs fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your check-ins are health data. They stay in your own profile on this computer and in the exports you make yourself; nothing your organisation can collect reads them.</source>
        <translation>Vos points rapides sont des données de santé. Ils restent dans votre propre profil sur cet ordinateur et dans les exports que vous faites vous-même&#x202f;; rien de ce que votre organisation peut collecter ne les lit.</translation>
    </message>
    <message>
        <source>Export log as &amp;PDF...</source>
        <translation>Exporter le journal en &amp;PDF...</translation>
    </message>
    <message>
        <source>A one-page summary of your check-ins to take to a doctor or physiotherapist</source>
        <translation>Un résumé d&apos;une page de vos points rapides à apporter à un médecin ou un kinésithérapeute</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>S&amp;tart programme</source>
        <translation>&amp;Lancer le programme</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>No check-ins in this period. After a break, tell DeskCoach how it felt; your answers draw these lines.</source>
        <translation>Aucun point rapide sur cette période. Après une pause, dites à DeskCoach comment vous l&apos;avez vécue&#x202f;; vos réponses tracent ces courbes.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n weeks)</source>
        <translation>
            <numerusform>%1 (%n semaine)</numerusform>
            <numerusform>%1 (%n semaines)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 - suggested: %2</source>
        <translation>%1 - suggéré&#xa0;: %2</translation>
    </message>
    <message>
        <source>No programme is running: breaks draw from every exercise.</source>
        <translation>Aucun programme en cours&#xa0;: les pauses puisent dans tous les exercices.</translation>
    </message>
    <message>
        <source>%1, phase %3 (%4). %5.</source>
        <translation>%1, phase %3 (%4). %5.</translation>
    </message>
    <message>
        <source>Levels: every exercise at its usual dose so far. Answer the morning question and levels move with your mornings.</source>
        <translation>Niveaux&#xa0;: pour l&apos;instant, chaque exercice à sa dose habituelle. Répondez à la question du matin et les niveaux suivront vos matins.</translation>
    </message>
    <message>
        <source>%1 - %2: now %3. %4.</source>
        <translation>%1 - %2&#xa0;: désormais %3. %4.</translation>
    </message>
    <message>
        <source>Level changes</source>
        <translation>Changements de niveau</translation>
    </message>
    <message>
        <source>Saved the log as %1: take it along to a doctor or physiotherapist.</source>
        <translation>Journal enregistré sous %1&#xa0;: apportez-le à un médecin ou un kinésithérapeute.</translation>
    </message>
    <message>
        <source>Export log as PDF</source>
        <translation>Exporter le journal en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Discomfort (0-10)</source>
        <translation>Gêne (0-10)</translation>
    </message>
    <message>
        <source>Longest sitting (min)</source>
        <translation>Plus longue période assise (min)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Daily average</source>
        <translation>Moyenne quotidienne</translation>
    </message>
    <message>
        <source>Mornings</source>
        <translation>Matins</translation>
    </message>
    <message>
        <source>keep all settings and data under DIR (portable mode)</source>
        <extracomment>CLI command -&gt; control-protocol command, for commands handed to the running app</extracomment>
        <translation>conserver tous les paramètres et données sous DIR (mode portable)</translation>
    </message>
    <message>
        <source>run every duration N times faster (demos and tests)</source>
        <translation>accélérer chaque durée N fois (démonstrations et tests)</translation>
    </message>
    <message>
        <source>the language to use: %1 (default: the `language` setting, else the desktop&apos;s)</source>
        <translation>la langue à utiliser&#xa0;: %1 (par défaut&#xa0;: le paramètre `language`, sinon celle du bureau)</translation>
    </message>
    <message>
        <source>A calm tray coach for movement breaks. With no command, starts the app.</source>
        <translation>Un coach discret dans la zone de notification pour les pauses actives. Sans commande, lance l&apos;application.</translation>
    </message>
    <message>
        <source>start the tray app (the default)</source>
        <translation>lancer l&apos;application dans la zone de notification (par défaut)</translation>
    </message>
    <message>
        <source>what the running app is doing</source>
        <translation>ce que fait l&apos;application en cours</translation>
    </message>
    <message>
        <source>take a break now</source>
        <translation>faire une pause maintenant</translation>
    </message>
    <message>
        <source>with this exercise (see `exercises`)</source>
        <translation>avec cet exercice (voir `exercises`)</translation>
    </message>
    <message>
        <source>pause breaks (30m, 1h, tomorrow)</source>
        <translation>suspendre les pauses (30m, 1h, tomorrow)</translation>
    </message>
    <message>
        <source>30m, 1h, 1h30m ... up to 24h, or tomorrow</source>
        <translation>30m, 1h, 1h30m ... jusqu&apos;à 24h, ou tomorrow</translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation>mettre fin à une suspension</translation>
    </message>
    <message>
        <source>skip the break on screen, or else the next one</source>
        <translation>passer la pause affichée, sinon la suivante</translation>
    </message>
    <message>
        <source>snooze the break on screen</source>
        <translation>reporter la pause affichée</translation>
    </message>
    <message>
        <source>finish the break on screen</source>
        <translation>terminer la pause affichée</translation>
    </message>
    <message>
        <source>swap the exercise on screen for another</source>
        <translation>remplacer l&apos;exercice affiché par un autre</translation>
    </message>
    <message>
        <source>open a window of the running app</source>
        <translation>ouvrir une fenêtre de l&apos;application en cours</translation>
    </message>
    <message>
        <source>which detectors work on this desktop</source>
        <translation>quels détecteurs fonctionnent sur ce bureau</translation>
    </message>
    <message>
        <source>when to get help: emergency now, a clinician soon, or stop</source>
        <translation>quand demander de l&apos;aide&#xa0;: urgence immédiate, professionnel de santé bientôt, ou arrêt</translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation>quitter l&apos;application en cours</translation>
    </message>
    <message>
        <source>list the exercise catalogue</source>
        <translation>lister le catalogue d&apos;exercices</translation>
    </message>
    <message>
        <source>print one exercise</source>
        <translation>afficher un exercice</translation>
    </message>
    <message>
        <source>draw an exercise&apos;s key poses as a PNG contact sheet</source>
        <translation>dessiner les positions clés d&apos;un exercice sur une planche PNG</translation>
    </message>
    <message>
        <source>every exercise, one PNG each</source>
        <translation>tous les exercices, un PNG chacun</translation>
    </message>
    <message>
        <source>the PNG file (with an ID) or the folder (with --all)</source>
        <translation>le fichier PNG (avec un ID) ou le dossier (avec --all)</translation>
    </message>
    <message>
        <source>the workstation checklist</source>
        <translation>la liste de contrôle du poste de travail</translation>
    </message>
    <message>
        <source>list the questions</source>
        <translation>lister les questions</translation>
    </message>
    <message>
        <source>export an assessment</source>
        <translation>exporter une évaluation</translation>
    </message>
    <message>
        <source>organisation policy</source>
        <translation>stratégie de l&apos;organisation</translation>
    </message>
    <message>
        <source>the effective policy and its sources</source>
        <translation>la stratégie effective et ses sources</translation>
    </message>
    <message>
        <source>try a policy folder laid out like /etc/deskcoach instead (only this command reads it)</source>
        <translation>essayer plutôt un dossier de stratégie organisé comme /etc/deskcoach (seule cette commande le lit)</translation>
    </message>
    <message>
        <source>check a policy file, or every file of a policy folder</source>
        <translation>vérifier un fichier de stratégie, ou tous les fichiers d&apos;un dossier de stratégie</translation>
    </message>
    <message>
        <source>every policy file in DIR, laid out like /etc/deskcoach</source>
        <translation>tous les fichiers de stratégie de DIR, organisés comme /etc/deskcoach</translation>
    </message>
    <message>
        <source>breaks per day</source>
        <translation>pauses par jour</translation>
    </message>
    <message>
        <source>the last N days (default 7)</source>
        <translation>les N derniers jours (7 par défaut)</translation>
    </message>
    <message>
        <source>the dashboard&apos;s headline figures, over all of the history</source>
        <translation>les chiffres clés du tableau de bord, sur tout l&apos;historique</translation>
    </message>
    <message>
        <source>the last day shown (default today)</source>
        <translation>le dernier jour affiché (aujourd&apos;hui par défaut)</translation>
    </message>
    <message>
        <source>write all your data to a JSON file</source>
        <translation>écrire toutes vos données dans un fichier JSON</translation>
    </message>
    <message>
        <source>merge an export into this profile</source>
        <translation>fusionner un export dans ce profil</translation>
    </message>
    <message>
        <source>show, set or check settings</source>
        <translation>afficher, définir ou vérifier les paramètres</translation>
    </message>
    <message>
        <source>every effective value and its source</source>
        <translation>chaque valeur effective et sa source</translation>
    </message>
    <message>
        <source>set KEY to VALUE (applied live)</source>
        <translation>définir KEY à VALUE (appliqué immédiatement)</translation>
    </message>
    <message>
        <source>check a settings file</source>
        <translation>vérifier un fichier de paramètres</translation>
    </message>
    <message>
        <source>log how your body feels now</source>
        <translation>noter comment votre corps se sent maintenant</translation>
    </message>
    <message>
        <source>pain or discomfort, 0-10</source>
        <translation>douleur ou gêne, 0-10</translation>
    </message>
    <message>
        <source>the exercise it is about</source>
        <translation>l&apos;exercice concerné</translation>
    </message>
    <message>
        <source>morning: how it feels on waking (paces the plan)</source>
        <translation>matin&#xa0;: comment vous vous sentez au réveil (règle le rythme du plan)</translation>
    </message>
    <message>
        <source>a warning sign you notice (shows when to get help)</source>
        <translation>un signe d&apos;alerte que vous remarquez (indique quand demander de l&apos;aide)</translation>
    </message>
    <message>
        <source>a few words of your own</source>
        <translation>quelques mots à vous</translation>
    </message>
    <message>
        <source>your check-ins and plan changes</source>
        <translation>vos points rapides et les changements du plan</translation>
    </message>
    <message>
        <source>the last N days (default 14)</source>
        <translation>les N derniers jours (14 par défaut)</translation>
    </message>
    <message>
        <source>write a one-page PDF to take to a clinician instead</source>
        <translation>écrire plutôt un PDF d&apos;une page à apporter à un professionnel de santé</translation>
    </message>
    <message>
        <source>multi-week programmes</source>
        <translation>programmes sur plusieurs semaines</translation>
    </message>
    <message>
        <source>the programmes</source>
        <translation>les programmes</translation>
    </message>
    <message>
        <source>one programme&apos;s phases</source>
        <translation>les phases d&apos;un programme</translation>
    </message>
    <message>
        <source>start a programme</source>
        <translation>lancer un programme</translation>
    </message>
    <message>
        <source>stop the running one</source>
        <translation>arrêter celui en cours</translation>
    </message>
    <message>
        <source>the running programme, its phase and week</source>
        <translation>le programme en cours, sa phase et sa semaine</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>the time scale must be above 0 and at most 100000</source>
        <translation>le facteur de temps doit être supérieur à 0 et au plus 100000</translation>
    </message>
    <message>
        <source>DeskCoach will not use this profile: %1.</source>
        <translation>DeskCoach n&apos;utilisera pas ce profil&#xa0;: %1.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher ce message d&apos;aide et quitter</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version du programme et quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#xa0;: erreur&#xa0;: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide&#xa0;: %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide&#xa0;: %(value)r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont requis&#xa0;: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l&apos;argument %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l&apos;un des arguments %s est requis</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d&apos;ouvrir «&#xa0;%(filename)s&#xa0;»&#xa0;: %(error)s</translation>
    </message>
    <message numerus="yes">
        <source>After %n weeks your discomfort has not eased (about %1/10 then, %2/10 this week). Please see a doctor or physiotherapist; take your log along (Export log as PDF in the Body log, or `deskcoach log --pdf FILE`).</source>
        <translation>
            <numerusform>Après %n semaine, votre gêne ne s&apos;est pas atténuée (environ %1/10 alors, %2/10 cette semaine). Consultez un médecin ou un kinésithérapeute et apportez votre journal («&#xa0;Exporter le journal en PDF&#xa0;» dans le journal corporel, ou `deskcoach log --pdf FILE`).</numerusform>
            <numerusform>Après %n semaines, votre gêne ne s&apos;est pas atténuée (environ %1/10 alors, %2/10 cette semaine). Consultez un médecin ou un kinésithérapeute et apportez votre journal («&#xa0;Exporter le journal en PDF&#xa0;» dans le journal corporel, ou `deskcoach log --pdf FILE`).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks without improvement (about %1/10 then, %2/10 this week): time to change something, such as another programme, easier levels or a different time of day.</source>
        <translation>
            <numerusform>%n semaine sans amélioration (environ %1/10 alors, %2/10 cette semaine)&#xa0;: il est temps de changer quelque chose, par exemple un autre programme, des niveaux plus faciles ou un autre moment de la journée.</numerusform>
            <numerusform>%n semaines sans amélioration (environ %1/10 alors, %2/10 cette semaine)&#xa0;: il est temps de changer quelque chose, par exemple un autre programme, des niveaux plus faciles ou un autre moment de la journée.</numerusform>
        </translation>
    </message>
    <message>
        <source>easier</source>
        <extracomment>How the levels are named when an exercise has the usual three; more are numbered.</extracomment>
        <translation>plus facile</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>harder</source>
        <translation>plus difficile</translation>
    </message>
    <message>
        <source>hardest</source>
        <translation>le plus difficile</translation>
    </message>
    <message>
        <source>gentlest</source>
        <translation>le plus doux</translation>
    </message>
    <message>
        <source>Left out until %1: it raised your pain; other exercises cover its regions</source>
        <translation>Exclu jusqu&apos;au %1&#xa0;: il a augmenté votre douleur&#x202f;; d&apos;autres exercices couvrent ses zones</translation>
    </message>
    <message>
        <source>Back in the plan, one level easier (%1): its time out is over</source>
        <translation>De retour dans le plan, un niveau plus facile (%1)&#xa0;: sa mise à l&apos;écart est terminée</translation>
    </message>
    <message>
        <source>Holding: it took your pain to %1/10; waiting to see how the next morning feels</source>
        <translation>En attente&#xa0;: il a porté votre douleur à %1/10&#x202f;; on attend de voir comment se passe le matin suivant</translation>
    </message>
    <message>
        <source>Left out for a week: it took your pain to %1/10 and the next morning was still worse than usual (%2 against %3)</source>
        <translation>Exclu pour une semaine&#xa0;: il a porté votre douleur à %1/10 et le matin suivant était encore pire que d&apos;habitude (%2 contre %3)</translation>
    </message>
    <message numerus="yes">
        <source>Holding at the easiest level: your mornings were worse than usual for %n days running</source>
        <translation>
            <numerusform>Maintenu au niveau le plus facile&#xa0;: vos matins ont été moins bons que d&apos;habitude %n jour de suite</numerusform>
            <numerusform>Maintenu au niveau le plus facile&#xa0;: vos matins ont été moins bons que d&apos;habitude %n jours de suite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step back to %1: your mornings were worse than usual for %n days running</source>
        <translation>
            <numerusform>Retour à %1&#xa0;: vos matins ont été moins bons que d&apos;habitude %n jour de suite</numerusform>
            <numerusform>Retour à %1&#xa0;: vos matins ont été moins bons que d&apos;habitude %n jours de suite</numerusform>
        </translation>
    </message>
    <message>
        <source>Holding: it took your pain to %1/10 on %2; it settled by the next morning, so it stays at this level a few days more</source>
        <translation>En attente&#xa0;: il a porté votre douleur à %1/10 le %2&#x202f;; elle s&apos;est calmée le lendemain matin, il reste donc à ce niveau quelques jours de plus</translation>
    </message>
    <message numerus="yes">
        <source>Level up to %1: your mornings stayed the same or better for %n days</source>
        <translation>
            <numerusform>Passage à %1&#xa0;: vos matins sont restés stables ou meilleurs pendant %n jour</numerusform>
            <numerusform>Passage à %1&#xa0;: vos matins sont restés stables ou meilleurs pendant %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Holding at the hardest level: your mornings stayed the same or better for %n days</source>
        <translation>
            <numerusform>Maintenu au niveau le plus difficile&#xa0;: vos matins sont restés stables ou meilleurs pendant %n jour</numerusform>
            <numerusform>Maintenu au niveau le plus difficile&#xa0;: vos matins sont restés stables ou meilleurs pendant %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Holding: a recent morning was worse than usual; waiting for it to settle</source>
        <translation>En attente&#xa0;: un matin récent a été moins bon que d&apos;habitude&#x202f;; on attend que cela se calme</translation>
    </message>
    <message numerus="yes">
        <source>Holding: %1 of %n steady mornings so far (answer the morning question to move on)</source>
        <translation>
            <numerusform>En attente&#xa0;: %1 matin stable sur %n pour l&apos;instant (répondez à la question du matin pour avancer)</numerusform>
            <numerusform>En attente&#xa0;: %1 matins stables sur %n pour l&apos;instant (répondez à la question du matin pour avancer)</numerusform>
        </translation>
    </message>
    <message>
        <source>wrist and hand</source>
        <translation>poignet et main</translation>
    </message>
    <message>
        <source>low back</source>
        <translation>bas du dos</translation>
    </message>
    <message>
        <source>Calm things down</source>
        <translation>Apaiser</translation>
    </message>
    <message>
        <source>Neck and upper back for screen work</source>
        <translation>Nuque et haut du dos pour le travail sur écran</translation>
    </message>
    <message>
        <source>Ease a stiff neck and rounded shoulders, then build upper-back endurance.</source>
        <translation>Assouplir une nuque raide et des épaules enroulées, puis renforcer l&apos;endurance du haut du dos.</translation>
    </message>
    <message>
        <source>Small, easy movements that feel good.</source>
        <translation>De petits mouvements faciles qui font du bien.</translation>
    </message>
    <message>
        <source>Patterning</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <source>Sit tall with the head over the shoulders.</source>
        <translation>Asseyez-vous le dos droit, la tête au-dessus des épaules.</translation>
    </message>
    <message>
        <source>Build capacity</source>
        <translation>Gagner en capacité</translation>
    </message>
    <message>
        <source>Hold good positions for longer.</source>
        <translation>Tenir les bonnes positions plus longtemps.</translation>
    </message>
    <message>
        <source>Low back: breathe, brace and hinge</source>
        <translation>Bas du dos&#xa0;: respirer, gainer, charnière de hanche</translation>
    </message>
    <message>
        <source>Settle the low back, learn to breathe, brace and hinge, then build strength.</source>
        <translation>Apaiser le bas du dos, apprendre à respirer, gainer et plier depuis les hanches, puis gagner en force.</translation>
    </message>
    <message>
        <source>Gentle movement and walking; find the directions that ease it.</source>
        <translation>Mouvements doux et marche&#x202f;; trouvez les directions qui soulagent.</translation>
    </message>
    <message>
        <source>Breathe, brace, hinge</source>
        <translation>Respirer, gainer, plier</translation>
    </message>
    <message>
        <source>Bend from the hips with the back in one line.</source>
        <translation>Pliez depuis les hanches, le dos bien aligné.</translation>
    </message>
    <message>
        <source>More hinges and stands, with steady breathing.</source>
        <translation>Plus de flexions de hanche et de levers, avec une respiration régulière.</translation>
    </message>
    <message>
        <source>Resilience</source>
        <translation>Résilience</translation>
    </message>
    <message>
        <source>Keep moving through busy days.</source>
        <translation>Continuer à bouger pendant les journées chargées.</translation>
    </message>
    <message>
        <source>Wrists and forearms for keyboard and mouse work</source>
        <translation>Poignets et avant-bras pour le travail au clavier et à la souris</translation>
    </message>
    <message>
        <source>Glide the tendons, stretch the forearms and free the shoulders that drive them.</source>
        <translation>Faire glisser les tendons, étirer les avant-bras et libérer les épaules qui les animent.</translation>
    </message>
    <message>
        <source>Easy finger and shoulder movement.</source>
        <translation>Mouvements faciles des doigts et des épaules.</translation>
    </message>
    <message>
        <source>Glide and stretch</source>
        <translation>Glisser et étirer</translation>
    </message>
    <message>
        <source>Gentle forearm stretches, no pins and needles.</source>
        <translation>Étirements doux des avant-bras, sans fourmillements.</translation>
    </message>
    <message>
        <source>Stretch the chest and upper back as well.</source>
        <translation>Étirer aussi la poitrine et le haut du dos.</translation>
    </message>
    <message>
        <source>Sit less: stand and walk</source>
        <translation>Moins assis&#xa0;: se lever et marcher</translation>
    </message>
    <message>
        <source>Break up long sitting with stands, marches and short walks.</source>
        <translation>Couper les longues périodes assises par des levers, de la marche sur place et de courtes marches.</translation>
    </message>
    <message>
        <source>Break up sitting</source>
        <translation>Couper la position assise</translation>
    </message>
    <message>
        <source>Move your legs every break.</source>
        <translation>Bougez les jambes à chaque pause.</translation>
    </message>
    <message>
        <source>Stand and walk</source>
        <translation>Se lever et marcher</translation>
    </message>
    <message>
        <source>Get up and walk a little every break.</source>
        <translation>Levez-vous et marchez un peu à chaque pause.</translation>
    </message>
    <message>
        <source>Phase %1 of %2 (%3)</source>
        <translation>Phase %1&#xa0;sur %2 (%3)</translation>
    </message>
    <message>
        <source>%1: day %2 of %3</source>
        <translation>%1&#xa0;: jour %2 sur %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: staying, as your mornings were worse than usual for %n days running</source>
        <translation>
            <numerusform>%1&#xa0;: reste en place, car vos matins ont été moins bons que d&apos;habitude %n jour de suite</numerusform>
            <numerusform>%1&#xa0;: reste en place, car vos matins ont été moins bons que d&apos;habitude %n jours de suite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: moves on after %n steady mornings in a row (answer the morning question)</source>
        <translation>
            <numerusform>%1&#xa0;: passe à la suite après %n matin stable (répondez à la question du matin)</numerusform>
            <numerusform>%1&#xa0;: passe à la suite après %n matins stables d&apos;affilée (répondez à la question du matin)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is complete: well done</source>
        <translation>%1 est terminé&#xa0;: bravo</translation>
    </message>
    <message numerus="yes">
        <source>Next phase, %1: your mornings stayed the same or better for %n days</source>
        <translation>
            <numerusform>Phase suivante, %1&#xa0;: vos matins sont restés stables ou meilleurs pendant %n jour</numerusform>
            <numerusform>Phase suivante, %1&#xa0;: vos matins sont restés stables ou meilleurs pendant %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins with %1 discomfort lately</source>
        <translation>
            <numerusform>%n point rapide avec une gêne %1 récemment</numerusform>
            <numerusform>%n points rapides avec une gêne %1 récemment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checklist items %1</source>
        <translation>
            <numerusform>point de la liste %1</numerusform>
            <numerusform>points de la liste %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New trouble passing urine, or losing control of your bladder or bowel</source>
        <translation>Nouvelles difficultés à uriner, ou perte de contrôle de la vessie ou des intestins</translation>
    </message>
    <message>
        <source>Numbness between your legs, around your bottom or inner thighs</source>
        <translation>Engourdissement entre les jambes, autour des fesses ou à l&apos;intérieur des cuisses</translation>
    </message>
    <message>
        <source>Legs that are newly or increasingly weak</source>
        <translation>Jambes faibles, de façon nouvelle ou croissante</translation>
    </message>
    <message>
        <source>Back pain together with chest pain</source>
        <translation>Mal de dos accompagné d&apos;une douleur thoracique</translation>
    </message>
    <message>
        <source>Fever or night sweats along with back pain</source>
        <translation>Fièvre ou sueurs nocturnes avec un mal de dos</translation>
    </message>
    <message>
        <source>Weight loss you cannot explain</source>
        <translation>Perte de poids inexpliquée</translation>
    </message>
    <message>
        <source>Pain at night that does not ease when you rest</source>
        <translation>Douleur nocturne qui ne se calme pas au repos</translation>
    </message>
    <message>
        <source>Pain that began with a fall, accident or other hard knock</source>
        <translation>Douleur apparue après une chute, un accident ou un autre choc violent</translation>
    </message>
    <message>
        <source>Pain shooting down below the knee</source>
        <translation>Douleur qui irradie sous le genou</translation>
    </message>
    <message>
        <source>Numbness or tingling that is spreading</source>
        <translation>Engourdissement ou picotements qui s&apos;étendent</translation>
    </message>
    <message>
        <source>Pain that has changed your daily life for more than a week</source>
        <translation>Douleur qui perturbe votre quotidien depuis plus d&apos;une semaine</translation>
    </message>
    <message>
        <source>A second or third bout of this pain within a year</source>
        <translation>Deuxième ou troisième épisode de cette douleur en un an</translation>
    </message>
    <message>
        <source>Pain that keeps climbing, tingling, numbness or dizziness during an exercise</source>
        <translation>Douleur qui ne cesse d&apos;augmenter, picotements, engourdissement ou vertiges pendant un exercice</translation>
    </message>
    <message>
        <source>Call an ambulance or go to an emergency department now if</source>
        <translation>Appelez une ambulance ou rendez-vous immédiatement aux urgences si</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist in the next few days if</source>
        <translation>Consultez un médecin ou un kinésithérapeute dans les prochains jours si</translation>
    </message>
    <message>
        <source>Stop the exercise, and leave it out until you have asked a clinician, if you notice</source>
        <translation>Arrêtez l&apos;exercice, et évitez-le jusqu&apos;à avoir demandé l&apos;avis d&apos;un professionnel de santé, si vous remarquez</translation>
    </message>
    <message>
        <source>DeskCoach offers general movement guidance; it cannot tell what causes your pain. Sources: NHS, Back pain (2023).</source>
        <translation>DeskCoach donne des conseils généraux de mouvement&#x202f;; il ne peut pas savoir ce qui cause votre douleur. Sources&#xa0;: NHS, Back pain (2023).</translation>
    </message>
    <message>
        <source>This self-assessment supports, but does not replace, the workstation assessment your employer carries out. Report aches, tingling or eye strain to your manager or assessor.</source>
        <translation>Cette auto-évaluation complète l&apos;évaluation du poste de travail réalisée par votre employeur, mais ne la remplace pas. Signalez douleurs, picotements ou fatigue visuelle à votre responsable ou à l&apos;évaluateur.</translation>
    </message>
    <message>
        <source>Answers</source>
        <extracomment>the report&apos;s fixed words, translated when the report is made</extracomment>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Nothing to fix.</source>
        <translation>Rien à corriger.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Fait le %1</translation>
    </message>
    <message>
        <source>Workstation self-assessment</source>
        <translation>Auto-évaluation du poste de travail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste de travail</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>À suivre d&apos;ici le</translation>
    </message>
    <message>
        <source>For the assessor</source>
        <translation>Pour l&apos;évaluateur</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Assessor&apos;s name</source>
        <translation>Nom de l&apos;évaluateur</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Generated by DeskCoach; the questions are DeskCoach&apos;s own wording, based on the sources above.</source>
        <translation>Généré par DeskCoach&#x202f;; les questions sont formulées par DeskCoach, à partir des sources ci-dessus.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n applicable points fine, %2 to act on</source>
        <translation>
            <numerusform>%1 point applicable sur %n en ordre, %2 à traiter</numerusform>
            <numerusform>%1 points applicables sur %n en ordre, %2 à traiter</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1&#xa0;sur %2</translation>
    </message>
    <message>
        <source>Workstation self-assessment, made with DeskCoach</source>
        <translation>Auto-évaluation du poste de travail, réalisée avec DeskCoach</translation>
    </message>
    <message>
        <source>Name not given</source>
        <translation>Nom non renseigné</translation>
    </message>
    <message>
        <source>Desktop computer</source>
        <translation>Ordinateur de bureau</translation>
    </message>
    <message>
        <source>Laptop on its own</source>
        <translation>Ordinateur portable seul</translation>
    </message>
    <message>
        <source>Laptop with separate screen and keyboard</source>
        <translation>Ordinateur portable avec écran et clavier séparés</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Logged %1/10 (%2) at %3.</source>
        <translation>Enregistré&#xa0;: %1/10 (%2) à %3.</translation>
    </message>
    <message>
        <source>Logged %1/10 at %2.</source>
        <translation>Enregistré&#xa0;: %1/10 à %2.</translation>
    </message>
    <message>
        <source>
Your answer matches a warning sign:</source>
        <translation>
Votre réponse correspond à un signe d&apos;alerte&#xa0;:</translation>
    </message>
    <message>
        <source>
When to get help</source>
        <translation>
Quand demander de l&apos;aide</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>--days must be a whole number of days from 1 to %1, not %2</source>
        <translation>--days doit être un nombre entier de jours entre 1 et %1, pas %2</translation>
    </message>
    <message>
        <source>No check-ins in the last %1 days. `deskcoach checkin --pain N` adds one.</source>
        <translation>Aucun point rapide ces %1 derniers jours. `deskcoach checkin --pain N` en ajoute un.</translation>
    </message>
    <message>
        <source>
Plan changes</source>
        <translation>
Changements du plan</translation>
    </message>
    <message>
        <source>There is no programme %1; `deskcoach programme list` names them.</source>
        <translation>Il n&apos;y a pas de programme %1&#x202f;; `deskcoach programme list` les nomme.</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>suggested: %1</source>
        <translation>suggéré&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %n weeks
%3
</source>
        <translation>
            <numerusform>%1 (%2), %n semaine
%3
</numerusform>
            <numerusform>%1 (%2), %n semaines
%3
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Phase %1: %2 (%n days). %3</source>
        <translation>
            <numerusform>Phase %1&#xa0;: %2 (%n jour). %3</numerusform>
            <numerusform>Phase %1&#xa0;: %2 (%n jours). %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Programme stopped; breaks draw from the whole catalogue again.</source>
        <translation>Programme arrêté&#x202f;; les pauses puisent de nouveau dans tout le catalogue.</translation>
    </message>
    <message>
        <source>No programme is running. `deskcoach programme list` shows them.</source>
        <translation>Aucun programme en cours. `deskcoach programme list` les affiche.</translation>
    </message>
    <message>
        <source>%1: %2, phase %3 (%4).
%5.</source>
        <translation>%1&#xa0;: %2, phase %3 (%4).
%5.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no exercise &apos;%1&apos;. `deskcoach exercises` lists them.</source>
        <translation>Il n&apos;y a pas d&apos;exercice «&#xa0;%1&#xa0;». `deskcoach exercises` les liste.</translation>
    </message>
    <message>
        <source>Dose: %1. About %2 s. Position: %3. Regions: %4.</source>
        <translation>Dose&#xa0;: %1. Environ %2&#xa0;s. Position&#xa0;: %3. Zones&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Seated alternative: %1</source>
        <translation>Variante assise&#xa0;: %1</translation>
    </message>
    <message>
        <source>Level %1: %2. %3</source>
        <translation>Niveau %1&#xa0;: %2. %3</translation>
    </message>
    <message numerus="yes">
        <source>, %n reps</source>
        <translation>
            <numerusform>, %n répétition</numerusform>
            <numerusform>, %n répétitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n breaths</source>
        <translation>
            <numerusform>, %n respiration</numerusform>
            <numerusform>, %n respirations</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1. %2 (%3 s%4)</source>
        <translation>  %1. %2 (%3&#xa0;s%4)</translation>
    </message>
    <message>
        <source>Caution: %1</source>
        <translation>Précaution&#xa0;: %1</translation>
    </message>
    <message>
        <source>Why this dose: %1</source>
        <translation>Pourquoi cette dose&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give one exercise ID or --all.</source>
        <translation>Indiquez un ID d&apos;exercice ou --all.</translation>
    </message>
    <message>
        <source>Could not make %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The checklist cannot be used: %1</source>
        <translation>La liste de contrôle est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>(laptop users)</source>
        <translation>(ordinateur portable)</translation>
    </message>
    <message>
        <source>--assessment takes &apos;latest&apos; or a date like 2026-11-21, not %1</source>
        <translation>--assessment accepte «&#xa0;latest&#xa0;» ou une date comme 2026-11-21, pas %1</translation>
    </message>
    <message>
        <source>No completed workstation check found for %1. Choose Checklist... in the DeskCoach menu to do one.</source>
        <translation>Aucun bilan du poste de travail terminé trouvé pour %1. Choisissez Liste de contrôle... dans le menu DeskCoach pour en faire un.</translation>
    </message>
    <message>
        <source>Refused: --format %1 is turned off by your organisation (statistics export); the table and the progress window still show your statistics</source>
        <extracomment>The longest range `stats --days` shows, and the dates it accepts (so no day overflows). `stats` columns, in the table, CSV and JSON alike: `taken` is a count of breaks, and `compliance` the share of due breaks taken (a percentage in the table, 0-1 in CSV/JSON); `eye_breaks` counts the eye micro-breaks shown, apart from the movement breaks. How long `deskcoach import` waits for the running app to import (a million breaks take it about half a minute on a slow machine).</extracomment>
        <translation>Refusé&#xa0;: --format %1 est désactivé par votre organisation (export des statistiques)&#x202f;; le tableau et la fenêtre de progrès affichent toujours vos statistiques</translation>
    </message>
    <message>
        <source>--summary prints a table or JSON (--format table|json), not CSV</source>
        <translation>--summary affiche un tableau ou du JSON (--format table|json), pas du CSV</translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation>rien de prévu</translation>
    </message>
    <message>
        <source> (%1 points)</source>
        <translation> (%1&#xa0;points)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n breaks taken</source>
        <translation>
            <numerusform>%1 sur %n pause prise</numerusform>
            <numerusform>%1 sur %n pauses prises</numerusform>
        </translation>
    </message>
    <message>
        <source> of due breaks taken%1</source>
        <translation> des pauses prévues prises%1</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Semaine dernière</translation>
    </message>
    <message numerus="yes">
        <source>%n days at %1 or more</source>
        <translation>
            <numerusform>%n jour à %1 ou plus</numerusform>
            <numerusform>%n jours à %1 ou plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: exporting your data is turned off by your organisation</source>
        <translation>Refusé&#xa0;: l&apos;export de vos données est désactivé par votre organisation</translation>
    </message>
    <message>
        <source>Wrote %1 breaks, %2 checklist assessments and your settings to %3</source>
        <translation>%1 pauses, %2 évaluations de la liste de contrôle et vos paramètres écrits dans %3</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Refused, nothing was changed: %1</source>
        <translation>Refusé, rien n&apos;a été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not check %1: %2</source>
        <translation>Impossible de vérifier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not import into %1: %2</source>
        <translation>Impossible d&apos;importer dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>DeskCoach: %1</source>
        <translation>DeskCoach&#xa0;: %1</translation>
    </message>
    <message>
        <source>DeskCoach is not running. Start it with `deskcoach` (or `deskcoach run`).</source>
        <translation>DeskCoach n&apos;est pas lancé. Lancez-le avec `deskcoach` (ou `deskcoach run`).</translation>
    </message>
    <message numerus="yes">
        <source>Programme: %1, week %2 of %n, phase %3 (%4)</source>
        <translation>
            <numerusform>Programme&#xa0;: %1, semaine %2 sur %n, phase %3 (%4)</numerusform>
            <numerusform>Programme&#xa0;: %1, semaine %2 sur %n, phase %3 (%4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Programme: %1, week %2 of a %n-week programme, phase %3 (%4)</source>
        <translation>
            <numerusform>Programme&#xa0;: %1, semaine %2 d&apos;un programme de %n semaine, phase %3 (%4)</numerusform>
            <numerusform>Programme&#xa0;: %1, semaine %2 d&apos;un programme de %n semaines, phase %3 (%4)</numerusform>
        </translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Au travail</translation>
    </message>
    <message>
        <source>Break about to start</source>
        <translation>Pause imminente</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n terminée</numerusform>
            <numerusform>%n terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n natural breaks (time away)</source>
        <translation>
            <numerusform>%n pause naturelle (absence)</numerusform>
            <numerusform>%n pauses naturelles (absence)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n passée</numerusform>
            <numerusform>%n passées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed</source>
        <translation>
            <numerusform>%n reportée</numerusform>
            <numerusform>%n reportées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n manquée</numerusform>
            <numerusform>%n manquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n eye breaks</source>
        <translation>
            <numerusform>%n pause pour les yeux</numerusform>
            <numerusform>%n pauses pour les yeux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On a break: %n s left.</source>
        <translation>
            <numerusform>En pause&#xa0;: encore %n s.</numerusform>
            <numerusform>En pause&#xa0;: encore %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused until %1.</source>
        <translation>Suspendu jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>Work timer stopped (the screen is locked) with %1 to the next break.</source>
        <translation>Minuteur de travail arrêté (écran verrouillé), encore %1 avant la prochaine pause.</translation>
    </message>
    <message>
        <source>Work timer stopped (you are away) with %1 to the next break.</source>
        <translation>Minuteur de travail arrêté (absence détectée), encore %1 avant la prochaine pause.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: next break at %2 (in %n s).</source>
        <translation>
            <numerusform>%1&#xa0;: prochaine pause à %2 (dans %n s).</numerusform>
            <numerusform>%1&#xa0;: prochaine pause à %2 (dans %n s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Aujourd&apos;hui&#xa0;: %1</translation>
    </message>
    <message>
        <source>Refused: &apos;avoid_exercises&apos; names no exercise %1 (`deskcoach exercises` lists them)</source>
        <translation>Refusé&#xa0;: «&#xa0;avoid_exercises&#xa0;» ne désigne aucun exercice %1 (`deskcoach exercises` les liste)</translation>
    </message>
    <message>
        <source>%1 = %2 (applied to the running DeskCoach)</source>
        <translation>%1 = %2 (appliqué au DeskCoach en cours)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 = %2 (saved; DeskCoach is not running)</source>
        <translation>%1 = %2 (enregistré&#x202f;; DeskCoach n&apos;est pas lancé)</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1&#xa0;: n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>%1: no policy files (policy.json, managed/*.json, recommended/*.json)</source>
        <translation>%1&#xa0;: aucun fichier de stratégie (policy.json, managed/*.json, recommended/*.json)</translation>
    </message>
    <message>
        <source>Trying the policy folder %1: DeskCoach itself reads only the system&apos;s policy (see `deskcoach policy show`).</source>
        <translation>Essai du dossier de stratégie %1&#xa0;: DeskCoach lui-même ne lit que la stratégie du système (voir `deskcoach policy show`).</translation>
    </message>
    <message>
        <source>%1 %2 read from: %3</source>
        <translation>%1 %2 lu depuis&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 %2 looked in: %3</source>
        <translation>%1 %2 cherché dans&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 %2 control socket: %3</source>
        <translation>%1 %2 socket de contrôle&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1&#xa0;: illisible (%2)</translation>
    </message>
    <message>
        <source>%1: not a valid TOML file (%2)</source>
        <translation>%1&#xa0;: fichier TOML non valide (%2)</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1&#xa0;: valide</translation>
    </message>
    <message>
        <source>daily anchors are at most %1 characters</source>
        <translation>les ancrages quotidiens font au plus %1 caractères</translation>
    </message>
    <message>
        <source>cannot read %1: write a name and a time, e.g. &apos;coffee 08:30, lunch 12:30&apos;</source>
        <translation>impossible de lire %1&#xa0;: indiquez un nom et une heure, p. ex. «&#xa0;café 08:30, déjeuner 12:30&#xa0;»</translation>
    </message>
    <message>
        <source>%1: the time must be 00:00-23:59</source>
        <translation>%1&#xa0;: l&apos;heure doit être comprise entre 00:00 et 23:59</translation>
    </message>
    <message>
        <source>at most %1 daily anchors</source>
        <translation>au plus %1 ancrages quotidiens</translation>
    </message>
    <message>
        <source>two anchors at the same time; give each its own</source>
        <translation>deux ancrages à la même heure&#x202f;; donnez à chacun la sienne</translation>
    </message>
    <message>
        <source>it is outside your working hours: DeskCoach starts again when they begin (change working_hours to work now)</source>
        <translation>vous êtes en dehors de vos heures de travail&#xa0;: DeskCoach reprend quand elles commencent (modifiez working_hours pour travailler maintenant)</translation>
    </message>
    <message>
        <source>there is no break on screen to finish</source>
        <translation>aucune pause affichée à terminer</translation>
    </message>
    <message>
        <source>there is no break to snooze right now</source>
        <translation>aucune pause à reporter pour le moment</translation>
    </message>
    <message>
        <source>strict mode is on: breaks cannot be snoozed</source>
        <translation>le mode strict est activé&#xa0;: les pauses ne peuvent pas être reportées</translation>
    </message>
    <message>
        <source>this break cannot be snoozed again (limit: %1 per break)</source>
        <translation>cette pause ne peut plus être reportée (limite&#xa0;: %1 par pause)</translation>
    </message>
    <message>
        <source>DeskCoach is paused: there is no break to skip</source>
        <translation>DeskCoach est suspendu&#xa0;: aucune pause à passer</translation>
    </message>
    <message>
        <source>strict mode is on: breaks cannot be skipped</source>
        <translation>le mode strict est activé&#xa0;: les pauses ne peuvent pas être passées</translation>
    </message>
    <message>
        <source>no skips left today (daily budget: %1)</source>
        <translation>plus aucune pause à passer aujourd&apos;hui (quota quotidien&#xa0;: %1)</translation>
    </message>
    <message>
        <source>a pause must end in the future</source>
        <translation>une suspension doit se terminer dans le futur</translation>
    </message>
    <message>
        <source>a pause cannot be negative (%1): use e.g. 30m, 1h, 1h30m or tomorrow</source>
        <extracomment>&quot;Pause until tomorrow&quot; resumes at this local time on the next morning.</extracomment>
        <translation>une suspension ne peut pas être négative (%1)&#xa0;: utilisez p. ex. 30m, 1h, 1h30m ou tomorrow</translation>
    </message>
    <message>
        <source>cannot read pause length %1: use e.g. 30m, 1h, 1h30m or tomorrow</source>
        <translation>durée de suspension %1 illisible&#xa0;: utilisez p. ex. 30m, 1h, 1h30m ou tomorrow</translation>
    </message>
    <message>
        <source>pause length %1 is outside 1m-24h</source>
        <translation>la durée de suspension %1 n&apos;est pas comprise entre 1m et 24h</translation>
    </message>
    <message>
        <source>working hours are at most %1 characters</source>
        <translation>les heures de travail font au plus %1 caractères</translation>
    </message>
    <message>
        <source>cannot read %1: write days then hours, e.g. &apos;mon-fri 08:30-17:30&apos;</source>
        <translation>impossible de lire %1&#xa0;: indiquez les jours puis les heures, p. ex. «&#xa0;mon-fri 08:30-17:30&#xa0;»</translation>
    </message>
    <message>
        <source>working hours overlap on a day; list each time once</source>
        <translation>les heures de travail se chevauchent un même jour&#x202f;; indiquez chaque plage une seule fois</translation>
    </message>
    <message>
        <source>%1 is not a day or day range (use mon..sun, e.g. mon-fri)</source>
        <translation>%1 n&apos;est ni un jour ni une plage de jours (utilisez mon..sun, p. ex. mon-fri)</translation>
    </message>
    <message>
        <source>%1: a day range runs forward, e.g. mon-fri</source>
        <translation>%1&#xa0;: une plage de jours va vers l&apos;avant, p. ex. mon-fri</translation>
    </message>
    <message>
        <source>%1 is not a time range like 08:30-12:30</source>
        <translation>%1 n&apos;est pas une plage horaire comme 08:30-12:30</translation>
    </message>
    <message>
        <source>%1: a range must end after it starts, within one day</source>
        <translation>%1&#xa0;: une plage doit finir après son début, dans la même journée</translation>
    </message>
    <message>
        <source>Pain or discomfort as the user rated it, 0 (none) to 10 (worst). Written by DeskCoach, which gives general movement guidance and does not diagnose.</source>
        <translation>Douleur ou gêne telle que notée par l&apos;utilisateur, de 0 (aucune) à 10 (la pire). Généré par DeskCoach, qui donne des conseils généraux de mouvement et ne pose pas de diagnostic.</translation>
    </message>
    <message>
        <source>Pain and exercise log</source>
        <translation>Journal de la douleur et des exercices</translation>
    </message>
    <message>
        <source>Weekly average</source>
        <translation>Moyenne hebdomadaire</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Average (0-10)</source>
        <translation>Moyenne (0-10)</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Points rapides</translation>
    </message>
    <message>
        <source>Plan changes</source>
        <translation>Changements du plan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>after break</source>
        <translation>après une pause</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>matin</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>hebdomadaire</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuel</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <comment>date range</comment>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>Aucun point rapide pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Aucune modification pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 · %n check-ins · Programme: %3</source>
        <translation>
            <numerusform>%1 au %2 · %n point rapide · Programme&#xa0;: %3</numerusform>
            <numerusform>%1 au %2 · %n points rapides · Programme&#xa0;: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <source>Check-ins (the latest %1; %n older ones in the CSV export)</source>
        <translation>
            <numerusform>Points rapides (les %1 derniers&#x202f;; %n plus ancien dans l&apos;export CSV)</numerusform>
            <numerusform>Points rapides (les %1 derniers&#x202f;; %n plus anciens dans l&apos;export CSV)</numerusform>
        </translation>
    </message>
    <message>
        <source>DeskCoach is already running; its icon is in the system tray.</source>
        <translation>DeskCoach est déjà lancé&#x202f;; son icône se trouve dans la zone de notification.</translation>
    </message>
    <message>
        <source>standing</source>
        <extracomment>each position in words, translated where shown</extracomment>
        <translation>debout</translation>
    </message>
    <message>
        <source>seated</source>
        <translation>assis</translation>
    </message>
    <message>
        <source>seated or standing</source>
        <translation>assis ou debout</translation>
    </message>
    <message>
        <source>Stop if it hurts, tingles, goes numb, spreads into an arm or leg, or makes you dizzy.</source>
        <translation>Arrêtez si cela fait mal, fourmille, engourdit, descend dans un bras ou une jambe, ou vous donne des vertiges.</translation>
    </message>
    <message>
        <source>%1: %2: &apos;%3&apos; %4 breaks the limit (%5, from %6); using %7</source>
        <translation>%1&#xa0;: %2&#xa0;: «&#xa0;%3&#xa0;» %4 dépasse la limite (%5, définie par %6)&#x202f;; valeur utilisée&#xa0;: %7</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set by your organisation</source>
        <translation>«&#xa0;%1&#xa0;» est défini par votre organisation</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must stay on (limit set by your organisation)</source>
        <translation>«&#xa0;%1&#xa0;» doit rester activé (limite définie par votre organisation)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; may be at most %2 (limit set by your organisation)</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas dépasser %2 (limite définie par votre organisation)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be at least %2 (limit set by your organisation)</source>
        <translation>«&#xa0;%1&#xa0;» doit être d&apos;au moins %2 (limite définie par votre organisation)</translation>
    </message>
    <message>
        <source>your settings: %1; ignored</source>
        <translation>vos paramètres&#xa0;: %1&#x202f;; ignoré</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 (%3) is limited by your organisation to %4</source>
        <translation>«&#xa0;%1&#xa0;» %2 (%3) est limité par votre organisation à %4</translation>
    </message>
    <message>
        <source>%1: a policy must be an object of sections (%2), not %3</source>
        <translation>%1&#xa0;: une stratégie doit être un objet composé de sections (%2), pas %3</translation>
    </message>
    <message>
        <source>&apos;version&apos; is missing; reading it as version %1</source>
        <translation>«&#xa0;version&#xa0;» est absent&#x202f;; lu comme la version %1</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be an object of setting: value, not %3</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être un objet paramètre&#xa0;: valeur, pas %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; belongs inside &apos;mandatory&apos;; ignored</source>
        <translation>«&#xa0;%1&#xa0;» doit se trouver dans «&#xa0;mandatory&#xa0;»&#x202f;; ignoré</translation>
    </message>
    <message>
        <source>unknown section %1 (known: %2); ignored</source>
        <translation>section inconnue %1 (connues&#xa0;: %2)&#x202f;; ignorée</translation>
    </message>
    <message>
        <source>&apos;version&apos; must be %1, not %2; reading it as version %1</source>
        <translation>«&#xa0;version&#xa0;» doit valoir %1, pas %2&#x202f;; lu comme la version %1</translation>
    </message>
    <message>
        <source>&apos;version&apos; is %1, newer than this DeskCoach understands (%2); known entries are used</source>
        <translation>«&#xa0;version&#xa0;» vaut %1, plus récent que ce que cette version de DeskCoach comprend (%2)&#x202f;; les entrées connues sont utilisées</translation>
    </message>
    <message>
        <source>&apos;%1&apos; are only allowed in mandatory policy; ignored</source>
        <translation>«&#xa0;%1&#xa0;» ne sont autorisés que dans la stratégie obligatoire&#x202f;; ignoré</translation>
    </message>
    <message>
        <source>%1; ignored</source>
        <translation>%1&#x202f;; ignoré</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object, not %2; ignored</source>
        <translation>«&#xa0;%1&#xa0;» doit être un objet, pas %2&#x202f;; ignoré</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be limited (limits exist for: %2); ignored</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être limité (des limites existent pour&#xa0;: %2)&#x202f;; ignoré</translation>
    </message>
    <message>
        <source>unknown setting %1; ignored</source>
        <translation>paramètre inconnu %1&#x202f;; ignoré</translation>
    </message>
    <message>
        <source>&apos;%1&apos; false has no effect (a limit can only require it to be on; to switch it off for everyone, set it in mandatory)</source>
        <translation>«&#xa0;%1&#xa0;» false n&apos;a aucun effet (une limite peut seulement exiger qu&apos;il soit activé&#x202f;; pour le désactiver pour tout le monde, définissez-le dans mandatory)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true (it must be on), not %2; ignored</source>
        <translation>«&#xa0;%1&#xa0;» doit être true (il doit être activé), pas %2&#x202f;; ignoré</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2, not %3; ignored</source>
        <translation>«&#xa0;%1&#xa0;» doit être %2, pas %3&#x202f;; ignoré</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes only a &apos;%2&apos; limit (a limit may only make settings stricter), not %3; ignored</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;accepte qu&apos;une limite «&#xa0;%2&#xa0;» (une limite ne peut que rendre les paramètres plus stricts), pas %3&#x202f;; ignoré</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 must be a whole number (%3), not %4; ignored</source>
        <translation>«&#xa0;%1&#xa0;» %2 doit être un nombre entier (%3), pas %4&#x202f;; ignoré</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 %3 (%4) is no limit; ignored</source>
        <translation>«&#xa0;%1&#xa0;» %2 %3 (%4) n&apos;est pas une limite&#x202f;; ignoré</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 %3 is outside %4; using %5</source>
        <translation>«&#xa0;%1&#xa0;» %2 %3 est hors de %4&#x202f;; valeur utilisée&#xa0;: %5</translation>
    </message>
    <message>
        <source>unknown feature %1 (known: %2); ignored</source>
        <translation>fonction inconnue %1 (connues&#xa0;: %2)&#x202f;; ignorée</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false, not %2; ignored</source>
        <translation>«&#xa0;%1&#xa0;» doit être true ou false, pas %2&#x202f;; ignoré</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 contradicts mandatory &apos;%1&apos; %3; using %3</source>
        <translation>«&#xa0;%1&#xa0;» %2 contredit la valeur obligatoire «&#xa0;%1&#xa0;» %3&#x202f;; valeur utilisée&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: written by a newer DeskCoach (schema %2, this one knows %3); it is left untouched and this session&apos;s breaks are kept in memory only</source>
        <translation>%1&#xa0;: écrit par une version plus récente de DeskCoach (schéma %2, celle-ci connaît %3)&#x202f;; le fichier n&apos;est pas modifié et les pauses de cette session sont gardées en mémoire uniquement</translation>
    </message>
    <message>
        <source>Break history could not be saved to %1 (%2). The breaks saved there are left as they are; this session&apos;s breaks are kept in memory and saved there as soon as it can be written again (DeskCoach retries every minute).</source>
        <translation>L&apos;historique des pauses n&apos;a pas pu être enregistré dans %1 (%2). Les pauses qui y sont enregistrées restent telles quelles&#x202f;; les pauses de cette session sont gardées en mémoire et y seront enregistrées dès que l&apos;écriture sera de nouveau possible (DeskCoach réessaie chaque minute).</translation>
    </message>
    <message>
        <source>%1: damaged (%2); it was moved to %3 and a fresh history started. To recover, quit DeskCoach and try `sqlite3 %3 .recover | sqlite3 recovered.sqlite3`.</source>
        <translation>%1&#xa0;: endommagé (%2)&#x202f;; il a été déplacé vers %3 et un nouvel historique a été commencé. Pour récupérer les données, quittez DeskCoach et essayez `sqlite3 %3 .recover | sqlite3 recovered.sqlite3`.</translation>
    </message>
    <message>
        <source>%1: cannot be used (%2); breaks are kept in memory only this session</source>
        <translation>%1&#xa0;: inutilisable (%2)&#x202f;; les pauses sont gardées en mémoire uniquement pendant cette session</translation>
    </message>
    <message>
        <source>%1: not a readable JSON file (%2)</source>
        <extracomment>Each section as exported: its query, and the columns that hold JSON text.
----------
The staged columns of each section: the stored ones, then what the last checks need. Breaks looked up in the history at once, to find those it holds already. The page cache while importing (the history&apos;s own is 512 KiB): a million random look-ups in the uid index need the index in memory. Bounded, and put back afterwards.</extracomment>
        <translation>%1&#xa0;: fichier JSON illisible (%2)</translation>
    </message>
    <message>
        <source>%1: not a DeskCoach export (&apos;format&apos; must be %2)</source>
        <extracomment>How far ahead of this computer&apos;s clock a recorded time may be (the other one&apos;s was fast). No record is older: clocks that lost their time restart at 1970, never before. How far a break may fall due from when it ended (skipping the next break ahead records a due time in the future; a long sleep one in the past).</extracomment>
        <translation>%1&#xa0;: ce n&apos;est pas un export DeskCoach («&#xa0;format&#xa0;» doit valoir %2)</translation>
    </message>
    <message>
        <source>%1: settings: %2</source>
        <translation>%1&#xa0;: paramètres&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: &apos;format_version&apos; is %2; this DeskCoach reads 1-%3</source>
        <translation>%1&#xa0;: «&#xa0;format_version&#xa0;» vaut %2&#x202f;; cette version de DeskCoach lit 1-%3</translation>
    </message>
    <message>
        <source>is %1, more than %2 days from its end (%3)</source>
        <translation>vaut %1, plus de %2 jours après sa fin (%3)</translation>
    </message>
    <message>
        <source>(%1) is before started (%2)</source>
        <translation>(%1) est antérieur au début (%2)</translation>
    </message>
    <message>
        <source>must be a list of exercise ids</source>
        <translation>doit être une liste d&apos;identifiants d&apos;exercices</translation>
    </message>
    <message>
        <source>(%1) is before its break ended (%2.ended %3)</source>
        <translation>(%1) est antérieur à la fin de sa pause (%2.ended %3)</translation>
    </message>
    <message>
        <source>%1 is not among its break&apos;s exercises (%2.exercises)</source>
        <translation>%1 ne fait pas partie des exercices de sa pause (%2.exercises)</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>doit être un texte</translation>
    </message>
    <message>
        <source>must map item ids to %1</source>
        <translation>doit associer des identifiants de points de la liste à %1</translation>
    </message>
    <message>
        <source>names %1, not a checklist item</source>
        <translation>désigne %1, qui n&apos;est pas un point de la liste de contrôle</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be an object</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être un objet</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a list</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être une liste</translation>
    </message>
    <message>
        <source>%1: %2[%3] must be an object</source>
        <translation>%1&#xa0;: %2[%3] doit être un objet</translation>
    </message>
    <message>
        <source>must be a text of 1-200 characters</source>
        <translation>doit être un texte de 1 à 200 caractères</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>doit être l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <source>must be an ISO 8601 time with its UTC offset</source>
        <translation>doit être une heure ISO 8601 avec son décalage UTC</translation>
    </message>
    <message>
        <source>is %1, before %2</source>
        <translation>vaut %1, avant %2</translation>
    </message>
    <message>
        <source>is %1, in the future (this computer&apos;s clock says %2)</source>
        <translation>vaut %1, dans le futur (l&apos;horloge de cet ordinateur indique %2)</translation>
    </message>
    <message>
        <source>(%1) is before %2 (%3)</source>
        <translation>(%1) est antérieur à %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 appears twice</source>
        <translation>%1&#xa0;: %2 apparaît deux fois</translation>
    </message>
    <message>
        <source>a check-in&apos;s time must carry its UTC offset</source>
        <extracomment>after_break: the 10-second question after a break; morning: the first break of the day (&quot;how is it this morning?&quot;); weekly: the body map; manual: `deskcoach checkin`. At or under this during and after exercise is fine (&quot;a mild ache&quot;); above it is too much.</extracomment>
        <translation>l&apos;heure d&apos;un point rapide doit indiquer son décalage UTC</translation>
    </message>
    <message>
        <source>pain must be a whole number from 0 to %1, not %2</source>
        <translation>la douleur doit être un nombre entier de 0 à %1, pas %2</translation>
    </message>
    <message>
        <source>kind is %1, allowed: %2</source>
        <translation>le type vaut %1, autorisé&#xa0;: %2</translation>
    </message>
    <message>
        <source>region is %1, allowed: %2</source>
        <translation>la zone vaut %1, autorisé&#xa0;: %2</translation>
    </message>
    <message>
        <source>the note is one line of at most %1 characters</source>
        <translation>la note tient sur une ligne d&apos;au plus %1 caractères</translation>
    </message>
    <message>
        <source>Your answer matches a warning sign:</source>
        <translation>Votre réponse correspond à un signe d&apos;alerte&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>week %1 of %n</source>
        <translation>
            <numerusform>semaine %1 sur %n</numerusform>
            <numerusform>semaine %1 sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week %1 of a %n-week programme</source>
        <translation>
            <numerusform>semaine %1 d&apos;un programme de %n semaine</numerusform>
            <numerusform>semaine %1 d&apos;un programme de %n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage: the number, then the sign as the language writes it</comment>
        <translation>%1&#x202f;%</translation>
    </message>
</context>
</TS>
