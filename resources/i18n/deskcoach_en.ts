<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>After %n weeks your discomfort has not eased (about %1/10 then, %2/10 this week). Please see a doctor or physiotherapist; take your log along (Export log as PDF in the Body log, or `deskcoach log --pdf FILE`).</source>
        <translation>
            <numerusform>After %n week your discomfort has not eased (about %1/10 then, %2/10 this week). Please see a doctor or physiotherapist; take your log along (Export log as PDF in the Body log, or `deskcoach log --pdf FILE`).</numerusform>
            <numerusform>After %n weeks your discomfort has not eased (about %1/10 then, %2/10 this week). Please see a doctor or physiotherapist; take your log along (Export log as PDF in the Body log, or `deskcoach log --pdf FILE`).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks without improvement (about %1/10 then, %2/10 this week): time to change something, such as another programme, easier levels or a different time of day.</source>
        <translation>
            <numerusform>%n week without improvement (about %1/10 then, %2/10 this week): time to change something, such as another programme, easier levels or a different time of day.</numerusform>
            <numerusform>%n weeks without improvement (about %1/10 then, %2/10 this week): time to change something, such as another programme, easier levels or a different time of day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Holding at the easiest level: your mornings were worse than usual for %n days running</source>
        <translation>
            <numerusform>Holding at the easiest level: your mornings were worse than usual for %n day running</numerusform>
            <numerusform>Holding at the easiest level: your mornings were worse than usual for %n days running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step back to %1: your mornings were worse than usual for %n days running</source>
        <translation>
            <numerusform>Step back to %1: your mornings were worse than usual for %n day running</numerusform>
            <numerusform>Step back to %1: your mornings were worse than usual for %n days running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Level up to %1: your mornings stayed the same or better for %n days</source>
        <translation>
            <numerusform>Level up to %1: your mornings stayed the same or better for %n day</numerusform>
            <numerusform>Level up to %1: your mornings stayed the same or better for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Holding at the hardest level: your mornings stayed the same or better for %n days</source>
        <translation>
            <numerusform>Holding at the hardest level: your mornings stayed the same or better for %n day</numerusform>
            <numerusform>Holding at the hardest level: your mornings stayed the same or better for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Holding: %1 of %n steady mornings so far (answer the morning question to move on)</source>
        <translation>
            <numerusform>Holding: %1 of %n steady morning so far (answer the morning question to move on)</numerusform>
            <numerusform>Holding: %1 of %n steady mornings so far (answer the morning question to move on)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: staying, as your mornings were worse than usual for %n days running</source>
        <translation>
            <numerusform>%1: staying, as your mornings were worse than usual for %n day running</numerusform>
            <numerusform>%1: staying, as your mornings were worse than usual for %n days running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: moves on after %n steady mornings in a row (answer the morning question)</source>
        <translation>
            <numerusform>%1: moves on after %n steady morning in a row (answer the morning question)</numerusform>
            <numerusform>%1: moves on after %n steady mornings in a row (answer the morning question)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next phase, %1: your mornings stayed the same or better for %n days</source>
        <translation>
            <numerusform>Next phase, %1: your mornings stayed the same or better for %n day</numerusform>
            <numerusform>Next phase, %1: your mornings stayed the same or better for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins with %1 discomfort lately</source>
        <translation>
            <numerusform>%n check-in with %1 discomfort lately</numerusform>
            <numerusform>%n check-ins with %1 discomfort lately</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checklist items %1</source>
        <translation>
            <numerusform>checklist item %1</numerusform>
            <numerusform>checklist items %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>S&amp;nooze %n min</source>
        <translation>
            <numerusform>S&amp;nooze %n min</numerusform>
            <numerusform>S&amp;nooze %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze the break for %n minutes</source>
        <translation>
            <numerusform>Snooze the break for %n minute</numerusform>
            <numerusform>Snooze the break for %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skip (%n left today)</source>
        <translation>
            <numerusform>&amp;Skip (%n left today)</numerusform>
            <numerusform>&amp;Skip (%n left today)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workstation actions to follow up: %1</source>
        <translation>
            <numerusform>%n workstation action to follow up: %1</numerusform>
            <numerusform>%n workstation actions to follow up: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has been %n months since your workstation check. A fresh one takes five minutes: Checklist... in the DeskCoach menu.</source>
        <translation>
            <numerusform>It has been %n month since your workstation check. A fresh one takes five minutes: Checklist... in the DeskCoach menu.</numerusform>
            <numerusform>It has been %n months since your workstation check. A fresh one takes five minutes: Checklist... in the DeskCoach menu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers changed since your check on %1.</source>
        <translation>
            <numerusform>%n answer changed since your check on %1.</numerusform>
            <numerusform>%n answers changed since your check on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n breaks</source>
        <translation>
            <numerusform>%1 of %n break</numerusform>
            <numerusform>%1 of %n breaks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 points against last week (%2)</source>
        <translation>
            <numerusform>%1 point against last week (%2)</numerusform>
            <numerusform>%1 points against last week (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n breaks taken</source>
        <translation>
            <numerusform>%1 of %n break taken</numerusform>
            <numerusform>%1 of %n breaks taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days at %1 or more</source>
        <translation>
            <numerusform>%n day at %1 or more</numerusform>
            <numerusform>%n days at %1 or more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;In %n minutes</source>
        <translation>
            <numerusform>&amp;In %n minute</numerusform>
            <numerusform>&amp;In %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put the break off for %n minutes</source>
        <translation>
            <numerusform>Put the break off for %n minute</numerusform>
            <numerusform>Put the break off for %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Look at something at least 6 metres away for %n seconds, and blink slowly a few times.</source>
        <translation>
            <numerusform>Look at something at least 6 metres away for %n second, and blink slowly a few times.</numerusform>
            <numerusform>Look at something at least 6 metres away for %n seconds, and blink slowly a few times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n applicable points fine, %2 to act on</source>
        <translation>
            <numerusform>%1 of %n applicable point fine, %2 to act on</numerusform>
            <numerusform>%1 of %n applicable points fine, %2 to act on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 · %n check-ins · Programme: %3</source>
        <translation>
            <numerusform>%1 to %2 · %n check-in · Programme: %3</numerusform>
            <numerusform>%1 to %2 · %n check-ins · Programme: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check-ins (the latest %1; %n older ones in the CSV export)</source>
        <translation>
            <numerusform>Check-ins (the latest %1; %n older one in the CSV export)</numerusform>
            <numerusform>Check-ins (the latest %1; %n older ones in the CSV export)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n reps</source>
        <translation>
            <numerusform>, %n rep</numerusform>
            <numerusform>, %n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n breaths</source>
        <translation>
            <numerusform>, %n breath</numerusform>
            <numerusform>, %n breaths</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozes</source>
        <translation>
            <numerusform>%n snooze</numerusform>
            <numerusform>%n snoozes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skips</source>
        <translation>
            <numerusform>%n skip</numerusform>
            <numerusform>%n skips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Programme: %1, week %2 of %n, phase %3 (%4)</source>
        <translation>
            <numerusform>Programme: %1, week %2 of %n, phase %3 (%4)</numerusform>
            <numerusform>Programme: %1, week %2 of %n, phase %3 (%4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Programme: %1, week %2 of a %n-week programme, phase %3 (%4)</source>
        <translation>
            <numerusform>Programme: %1, week %2 of a %n-week programme, phase %3 (%4)</numerusform>
            <numerusform>Programme: %1, week %2 of a %n-week programme, phase %3 (%4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On a break: %n s left.</source>
        <translation>
            <numerusform>On a break: %n s left.</numerusform>
            <numerusform>On a break: %n s left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: next break at %2 (in %n s).</source>
        <translation>
            <numerusform>%1: next break at %2 (in %n s).</numerusform>
            <numerusform>%1: next break at %2 (in %n s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n completed</numerusform>
            <numerusform>%n completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed</source>
        <translation>
            <numerusform>%n snoozed</numerusform>
            <numerusform>%n snoozed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n missed</numerusform>
            <numerusform>%n missed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n natural breaks (time away)</source>
        <translation>
            <numerusform>%n natural break (time away)</numerusform>
            <numerusform>%n natural breaks (time away)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n eye breaks</source>
        <translation>
            <numerusform>%n eye break</numerusform>
            <numerusform>%n eye breaks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n weeks)</source>
        <translation>
            <numerusform>%1 (%n week)</numerusform>
            <numerusform>%1 (%n weeks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %n weeks
%3
</source>
        <translation>
            <numerusform>%1 (%2), %n week
%3
</numerusform>
            <numerusform>%1 (%2), %n weeks
%3
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Phase %1: %2 (%n days). %3</source>
        <translation>
            <numerusform>Phase %1: %2 (%n day). %3</numerusform>
            <numerusform>Phase %1: %2 (%n days). %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week %1 of %n</source>
        <translation>
            <numerusform>week %1 of %n</numerusform>
            <numerusform>week %1 of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week %1 of a %n-week programme</source>
        <translation>
            <numerusform>week %1 of a %n-week programme</numerusform>
            <numerusform>week %1 of a %n-week programme</numerusform>
        </translation>
    </message>
</context>
</TS>
