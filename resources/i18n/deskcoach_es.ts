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
        <source>S&amp;nooze %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze the break for %1 minutes</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>&amp;Skip (%1 left today)</source>
        <translation type="unfinished"></translation>
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
        <source>Your plan changed</source>
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
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation check exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 workstation action(s) to follow up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for a workstation check: choose Checklist... in the DeskCoach menu. It takes about five minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has been %1 months since your workstation check. A fresh one takes five minutes: Checklist... in the DeskCoach menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeskCoach - workstation check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation check</source>
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
    <message>
        <source>%1 answers changed since your check on %2.</source>
        <translation type="unfinished"></translation>
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
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the workstation check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeskCoach - progress</source>
        <extracomment>(label, bucket size, buckets): whole weeks and months, the last one so far bar segments, bottom to top; their colours are the theme&apos;s `series`, in this order as in `deskcoach stats`: Taken counts breaks, Compliance is the share of due breaks taken</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
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
    <message>
        <source>%1 of %2 breaks</source>
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
    <message>
        <source>%1 points against last week (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days in a row with %1 % or more of due breaks taken; today joins at %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no day yet with %1 % or more of due breaks taken; today joins at %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n min</source>
        <translation type="unfinished"></translation>
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
        <source>all but %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 of due breaks taken</source>
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
    <message>
        <source>&amp;In %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the break off for %1 minutes</source>
        <translation type="unfinished"></translation>
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
        <source>DeskCoach - break on another screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeskCoach settings</source>
        <extracomment>the unit after each number, singular and plural (&quot;1 month&quot;, &quot;6 months&quot;) groups with a tab of their own; the rest share &quot;Breaks&quot;</extracomment>
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
    <message>
        <source>less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
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
    <message>
        <source>Look at something at least 6 metres away for %1 seconds, and blink slowly a few times.</source>
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
</context>
</TS>
