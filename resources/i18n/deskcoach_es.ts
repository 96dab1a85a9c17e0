<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>A break is waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your break has waited %1 minutes for a meeting or full-screen app. Take it when you can; it appears as soon as you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeskCoach workstation check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeskCoach: some files could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation checklist could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, step %2 of %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: five minutes for your body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Click here to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand up, reach both arms overhead, and take 10 slow breaths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOVEMENT BREAK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timer waits while you keep working; step away to let it run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: finish the break now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;wap exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap this exercise for another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise &amp;info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exercise&apos;s cautions and who should leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to get &amp;help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEFORE YOUR FIRST MOVEMENT BREAK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move gently, and listen to your body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;I understand, show the exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeskCoach suggests gentle, general movements. It is not medical advice.

Move within a comfortable range and never bounce. Stop if a movement hurts, tingles, goes numb, sends symptoms into an arm or leg, makes you dizzy or makes pain worse.

Get emergency care now for loss of bladder or bowel control, numbness around the genitals or buttocks, new weakness in the legs, or chest pain. See a doctor or physiotherapist before going on if pain spreads below the knee, wakes you at night or keeps getting worse, and after recent surgery or injury, or during pregnancy.

&quot;When to get help&quot; (below, and in the tray menu) lists every sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BREAK DONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nice work. How did that feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One tap helps DeskCoach pick exercises that suit you. Uncomfortable ones come back less often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt &amp;good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uncomfortable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks for telling DeskCoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That exercise will come back less often. If discomfort keeps coming back, a quick workstation check can help: Checklist... in the menu. See a clinician about pain that persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeskCoach - time to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at something far away and breathe easily until the break ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>S&amp;nooze %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze the break for %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Movement break. Before it starts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement break: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOVEMENT BREAK  ·  EXERCISE %1 OF %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skip (%n left today)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Point at a period for its figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the period under the pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks, share taken and longest stretch per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped and missed breaks by weekday and hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When breaks get skipped or missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped or missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* %1 is not over yet: its figures so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of due breaks taken; dashed: your %1 % goal; no dot: nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest time without a break; dashed: your %1 min interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour the break fell due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday and day of month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day and month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does it feel now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain or discomfort from 0 (none) to 10 (the worst). Up to 3 is fine; DeskCoach paces each exercise by your answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did your body feel when you got up today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 is no pain or stiffness, 10 the worst. Your mornings decide when an exercise gets harder or easier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which places ached this week?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each one, then pick how bad it was at worst (0-10). Nothing ached? Pick 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeskCoach check-in</source>
        <extracomment>answers: one (pain, region or &quot;&quot;, exercise or &quot;&quot;) per check-in; kind; free-text note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else, such as numbness or tingling? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeskCoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation check exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workstation actions to follow up: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has been %n months since your workstation check. A fresh one takes five minutes: Checklist... in the DeskCoach menu.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Time for a workstation check: choose Checklist... in the DeskCoach menu. It takes about five minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeskCoach - workstation check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exercise ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of up to %1 of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neck</source>
        <extracomment>each region in words, for sentences (&quot;neck, upper back&quot;); translated where shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legs&apos; circulation</source>
        <extracomment>clearer on its own as a box to tick than the word the sentences use</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrists and hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of work between breaks; 30-45 is recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long each movement break lasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice before a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How early the tray warns that a break is coming (0 = no notice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long Snooze puts a break off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting breaks off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often one break may be snoozed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skips per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many breaks may be skipped each day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks cannot be skipped or snoozed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a soft cue when a break starts and when it ends (never while a meeting holds breaks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start DeskCoach when you log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show still key poses instead of animations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only suggest exercises that can be done sitting down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out forward bends (flexion) or backward bends (extension) if one of them does not feel good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions to leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body regions DeskCoach should not suggest exercises for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises to leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises DeskCoach should never suggest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse after which the work timer stops; coming back after at least a break&apos;s length counts as a natural break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for full-screen apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold a break while a full-screen app or presentation is in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold a break while another app uses the camera or microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this long a held break gives a gentle reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me of open workstation actions and when a fresh check is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresh check after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months after a workstation check until DeskCoach suggests a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streak goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of the day&apos;s due breaks to take for the day to join your streak on the progress dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eye breaks every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 20-second prompt to look into the distance, between movement breaks (0 = off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eye breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily anchors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How loud the break cues are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of DeskCoach&apos;s sounds the cues use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break window on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pointer: the screen with the mouse pointer; primary: the main screen; all: the break on the pointer&apos;s screen and a calm dimmed panel on the others (it never blocks input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark windows; system follows your desktop&apos;s colour scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of DeskCoach&apos;s menus, exercises and messages; system follows your desktop. It applies at once; windows already open change when you open them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, allowed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number (%2), not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds %2, allowed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A laptop on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A laptop with a separate screen, keyboard and mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities / IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume where you left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORKSTATION CHECK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is your desk set up to look after you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 quick yes/no questions (%2 on a laptop used on its own), five minutes at most. Answer for the place you work most. You can stop at any time: your answers are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, for the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You work on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress through the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not &amp;applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and finish &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORKSTATION CHECK DONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A self-assessment supports, but does not replace, your employer&apos;s workstation assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;new check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;JSON...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ·  QUESTION %2 OF %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 fine. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here is what to fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fix. Well set up!</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answers changed since your check on %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who acts on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format (Qt QDate)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the workstation check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeskCoach - progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <extracomment>(label, bucket size, buckets): whole weeks and months, the last one so far</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>bar segments, bottom to top; their colours are the theme&apos;s `series`, in this order</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed, then taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural (away)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>as in `deskcoach stats`: Taken counts breaks, Compliance is the share of due breaks taken</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest stretch (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the charts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks per period, as a table, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the numbers are counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How it is counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No breaks yet. After your first break, this is where you see how many you take each day, how long you go without one, and how you move. Take one now from the tray menu if you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week, %1 to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streak, up to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body regions this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n breaks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format (Qt QDate)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken of those due so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of due breaks taken; nothing to compare with last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing due yet this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 points against last week (%2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>days in a row with %1 % or more of due breaks taken; today joins at %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no day yet with %1 % or more of due breaks taken; today joins at %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>of exercise in completed breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all but %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 of due breaks taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system tray was found on this desktop, so DeskCoach shows this small window instead. Closing it minimises it; use Quit to stop DeskCoach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeskCoach controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a &amp;break now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause 30 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;gress...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checklist...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to get &amp;help...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeskCoach suggests gentle, general movements. It is not medical advice and cannot tell what is causing a symptom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get emergency care now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your emergency number or go to an emergency department if you have:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss of control of your bladder or bowels, or new trouble passing urine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbness around your genitals, buttocks or inner thighs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weakness in your legs that is new or getting worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chest pain, with or without back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book an appointment in the next few days if you have:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back pain with a fever, night sweats or feeling generally unwell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight loss you cannot explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain at night that does not ease when you rest or change position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain after a fall or accident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain that spreads below the knee, or numbness or tingling that spreads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain that has changed your daily life for more than a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second or third bout of the same pain within a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no progress after two weeks of regular, gentle movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the movement, rest, and try a gentler one another time if it brings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain, or pain that climbs as you go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tingling or numbness, or symptoms spreading into an arm or leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dizziness or light-headedness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After recent surgery or an injury, or during pregnancy, ask a clinician which movements suit you before you start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeskCoach - a break is coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A movement break is coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish what you are doing; a short movement break is coming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;In %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put the break off for %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Movement break in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEFORE THIS EXERCISE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABOUT THIS EXERCISE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that it suits you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeskCoach - when to get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A movement break is on your other screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeskCoach - break on another screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <extracomment>the settings whose spin boxes show a unit around the number (see _unit_words) groups with a tab of their own; the rest share &quot;Breaks&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart &amp;timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workstation check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ye breaks and routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out forward bends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out backward bends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen with the pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All screens (a calm panel on the others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeskCoach settings</source>
        <extracomment>each language in its own words, never translated (a reader looks for their own)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stops the settings from being saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (set by your organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the %2 tab: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet. </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n snoozes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skips</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n %</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday and time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd dd MMM HH:mm</source>
        <comment>date format (Qt QDateTime)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format (Qt QDate)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <comment>date format (Qt QDate)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break waiting until your meeting ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break waiting until the full-screen app closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are away: the timer is stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen locked: the timer is stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside your working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a movement break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside your working hours, back at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed: break in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next break in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeskCoach menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip next break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip this break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eye break</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Look at something at least 6 metres away for %n seconds, and blink slowly a few times.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your check-ins are health data. They stay in your own profile on this computer and in the exports you make yourself; nothing your organisation can collect reads them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins in this period. After a break, tell DeskCoach how it felt; your answers draw these lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme is running: breaks draw from every exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, phase %3 (%4). %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discomfort (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest sitting (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep all settings and data under DIR (portable mode)</source>
        <extracomment>CLI command -&gt; control-protocol command, for commands handed to the running app</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run every duration N times faster (demos and tests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language to use: %1 (default: the `language` setting, else the desktop&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calm tray coach for movement breaks. With no command, starts the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the tray app (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the running app is doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take a break now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with this exercise (see `exercises`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause breaks (30m, 1h, tomorrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30m, 1h, 1h30m ... up to 24h, or tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip the break on screen, or else the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snooze the break on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finish the break on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swap the exercise on screen for another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a window of the running app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which detectors work on this desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when to get help: emergency now, a clinician soon, or stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the exercise catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print one exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw an exercise&apos;s key poses as a PNG contact sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every exercise, one PNG each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PNG file (with an ID) or the folder (with --all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workstation checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the effective policy and its sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>try a policy folder laid out like /etc/deskcoach instead (only this command reads it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a policy file, or every file of a policy folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every policy file in DIR, laid out like /etc/deskcoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breaks per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last N days (default 7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dashboard&apos;s headline figures, over all of the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last day shown (default today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write all your data to a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge an export into this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show, set or check settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every effective value and its source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set KEY to VALUE (applied live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log how your body feels now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain or discomfort, 0-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exercise it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>morning: how it feels on waking (paces the plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a warning sign you notice (shows when to get help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a few words of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your check-ins and plan changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last N days (default 14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a one-page PDF to take to a clinician instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi-week programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one programme&apos;s phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop the running one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the running programme, its phase and week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time scale must be above 0 and at most 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeskCoach will not use this profile: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>After %n weeks your discomfort has not eased (about %1/10 then, %2/10 this week). Please see a doctor or physiotherapist; take your log along (Export log as PDF).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks without improvement (about %1/10 then, %2/10 this week): time to change something, such as another programme, easier levels or a different time of day.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>easier</source>
        <extracomment>How the levels are named when an exercise has the usual three; more are numbered.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>harder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hardest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gentlest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out until %1: it raised your pain; other exercises cover its regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in the plan, one level easier (%1): its time out is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding: it took your pain to %1/10; waiting to see how the next morning feels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out for a week: it took your pain to %1/10 and the next morning was still worse than usual (%2 against %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Holding at the easiest level: your mornings were worse than usual for %n days running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step back to %1: your mornings were worse than usual for %n days running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Holding: it took your pain to %1/10 on %2; it settled by the next morning, so it stays at this level a few days more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Level up to %1: your mornings stayed the same or better for %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Holding at the hardest level: your mornings stayed the same or better for %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Holding: a recent morning was worse than usual; waiting for it to settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Holding: %1 of %n steady mornings so far (answer the morning question to move on)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>wrist and hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calm things down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck and upper back for screen work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ease a stiff neck and rounded shoulders, then build upper-back endurance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small, easy movements that feel good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit tall with the head over the shoulders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold good positions for longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low back: breathe, brace and hinge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle the low back, learn to breathe, brace and hinge, then build strength.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle movement and walking; find the directions that ease it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe, brace, hinge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bend from the hips with the back in one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More hinges and stands, with steady breathing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resilience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep moving through busy days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrists and forearms for keyboard and mouse work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glide the tendons, stretch the forearms and free the shoulders that drive them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy finger and shoulder movement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glide and stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle forearm stretches, no pins and needles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch the chest and upper back as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit less: stand and walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break up long sitting with stands, marches and short walks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break up sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move your legs every break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand and walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get up and walk a little every break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: day %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: staying, as your mornings were worse than usual for %n days running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: moves on after %n steady mornings in a row (answer the morning question)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is complete: well done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Next phase, %1: your mornings stayed the same or better for %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins with %1 discomfort lately</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checklist items %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New trouble passing urine, or losing control of your bladder or bowel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness between your legs, around your bottom or inner thighs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legs that are newly or increasingly weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pain together with chest pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever or night sweats along with back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight loss you cannot explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain at night that does not ease when you rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain that began with a fall, accident or other hard knock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain shooting down below the knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness or tingling that is spreading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain that has changed your daily life for more than a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second or third bout of this pain within a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain that keeps climbing, tingling, numbness or dizziness during an exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call an ambulance or go to an emergency department now if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist in the next few days if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the exercise, and leave it out until you have asked a clinician, if you notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeskCoach offers general movement guidance; it cannot tell what causes your pain. Sources: NHS, Back pain (2023).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This self-assessment supports, but does not replace, the workstation assessment your employer carries out. Report aches, tingling or eye strain to your manager or assessor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <extracomment>the report&apos;s fixed words, translated when the report is made</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by DeskCoach; the questions are DeskCoach&apos;s own wording, based on the sources above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n applicable points fine, %2 to act on</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation self-assessment, made with DeskCoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop with separate screen and keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Your answer matches a warning sign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
When to get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days must be a whole number of days from 1 to %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins in the last %1 days. `deskcoach checkin --pain N` adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Plan changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no programme %1; `deskcoach programme list` names them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3 weeks
%4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1: %2 (%3 days). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme stopped; breaks draw from the whole catalogue again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme is running. `deskcoach programme list` shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, phase %3 (%4).
%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no exercise &apos;%1&apos;. `deskcoach exercises` lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose: %1. About %2 s. Position: %3. Regions: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated alternative: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n reps</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n breaths</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  %1. %2 (%3 s%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip it if: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one exercise ID or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--assessment takes &apos;latest&apos; or a date like 2026-11-21, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No completed workstation check found for %1. Choose Checklist... in the DeskCoach menu to do one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: --format %1 is turned off by your organisation (statistics export); the table and the progress window still show your statistics</source>
        <extracomment>The longest range `stats --days` shows, and the dates it accepts (so no day overflows). `stats` columns, in the table, CSV and JSON alike: `taken` is a count of breaks, and `compliance` the share of due breaks taken (a percentage in the table, 0-1 in CSV/JSON). How long `deskcoach import` waits for the running app to import (a million breaks take it about half a minute on a slow machine).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--summary prints a table or JSON (--format table|json), not CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n breaks taken</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> of due breaks taken%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days at %1% or more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: exporting your data is turned off by your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 breaks, %2 checklist assessments and your settings to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeskCoach: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeskCoach is not running. Start it with `deskcoach` (or `deskcoach run`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme: %1, week %2 %3, phase %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: &apos;avoid_exercises&apos; names no exercise %1 (`deskcoach exercises` lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 (applied to the running DeskCoach)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 (saved; DeskCoach is not running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no policy files (policy.json, managed/*.json, recommended/*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying the policy folder %1: DeskCoach itself reads only the system&apos;s policy (see `deskcoach policy show`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 read from: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 looked in: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 control socket: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a valid TOML file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily anchors are at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: write a name and a time, e.g. &apos;coffee 08:30, lunch 12:30&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the time must be 00:00-23:59</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 daily anchors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two anchors at the same time; give each its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is outside your working hours: DeskCoach starts again when they begin (change working_hours to work now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no break on screen to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no break to snooze right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strict mode is on: breaks cannot be snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this break cannot be snoozed again (limit: %1 per break)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeskCoach is paused: there is no break to skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strict mode is on: breaks cannot be skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no skips left today (daily budget: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pause must end in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pause cannot be negative (%1): use e.g. 30m, 1h, 1h30m or tomorrow</source>
        <extracomment>&quot;Pause until tomorrow&quot; resumes at this local time on the next morning.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read pause length %1: use e.g. 30m, 1h, 1h30m or tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause length %1 is outside 1m-24h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working hours are at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: write days then hours, e.g. &apos;mon-fri 08:30-17:30&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working hours overlap on a day; list each time once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a day or day range (use mon..sun, e.g. mon-fri)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a day range runs forward, e.g. mon-fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a time range like 08:30-12:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a range must end after it starts, within one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain or discomfort as the user rated it, 0 (none) to 10 (worst). Written by DeskCoach, which gives general movement guidance and does not diagnose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain and exercise log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <comment>date range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 · %n check-ins · Programme: %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Check-ins (the latest %1; %n older ones in the CSV export)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>DeskCoach is already running; its icon is in the system tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standing</source>
        <extracomment>each position in words, translated where shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seated or standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop if it hurts, tingles, goes numb, spreads into an arm or leg, or makes you dizzy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: &apos;%3&apos; %4 breaks the limit (%5, from %6); using %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set by your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must stay on (limit set by your organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; may be at most %2 (limit set by your organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be at least %2 (limit set by your organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your settings: %1; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 (%3) is limited by your organisation to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a policy must be an object of sections (%2), not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;version&apos; is missing; reading it as version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be an object of setting: value, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; belongs inside &apos;mandatory&apos;; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown section %1 (known: %2); ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;version&apos; must be %1, not %2; reading it as version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;version&apos; is %1, newer than this DeskCoach understands (%2); known entries are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; are only allowed in mandatory policy; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object, not %2; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be limited (limits exist for: %2); ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting %1; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; false has no effect (a limit can only require it to be on; to switch it off for everyone, set it in mandatory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true (it must be on), not %2; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2, not %3; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes only a &apos;%2&apos; limit (a limit may only make settings stricter), not %3; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 must be a whole number (%3), not %4; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 %3 (%4) is no limit; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 %3 is outside %4; using %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown feature %1 (known: %2); ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false, not %2; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 contradicts mandatory &apos;%1&apos; %3; using %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: written by a newer DeskCoach (schema %2, this one knows %3); it is left untouched and this session&apos;s breaks are kept in memory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break history could not be saved to %1 (%2). The breaks saved there are left as they are; this session&apos;s breaks are kept in memory and saved there as soon as it can be written again (DeskCoach retries every minute).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: damaged (%2); it was moved to %3 and a fresh history started. To recover, quit DeskCoach and try `sqlite3 %3 .recover | sqlite3 recovered.sqlite3`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be used (%2); breaks are kept in memory only this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a readable JSON file (%2)</source>
        <extracomment>Each section as exported: its query, and the columns that hold JSON text.
----------
The staged columns of each section: the stored ones, then what the last checks need. Breaks looked up in the history at once, to find those it holds already. The page cache while importing (the history&apos;s own is 512 KiB): a million random look-ups in the uid index need the index in memory. Bounded, and put back afterwards.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a DeskCoach export (&apos;format&apos; must be %2)</source>
        <extracomment>How far ahead of this computer&apos;s clock a recorded time may be (the other one&apos;s was fast). No record is older: clocks that lost their time restart at 1970, never before. How far a break may fall due from when it ended (skipping the next break ahead records a due time in the future; a long sleep one in the past).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: settings: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;format_version&apos; is %2; this DeskCoach reads 1-%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, more than %2 days from its end (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1) is before started (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of exercise ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1) is before its break ended (%2.ended %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not among its break&apos;s exercises (%2.exercises)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must map item ids to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names %1, not a checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2[%3] must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text of 1-200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an ISO 8601 time with its UTC offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, in the future (this computer&apos;s clock says %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1) is before %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>DeskCoach cannot open its control socket: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeskCoach is already running for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
