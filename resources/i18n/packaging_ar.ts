<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>desktop</name>
        <message>
            <source>Break Reminder</source>
            <comment>GenericName</comment>
            <translation>مذكّر الاستراحات</translation>
        </message>
        <message>
            <source>Reminds you to take short movement breaks at your desk</source>
            <comment>Comment</comment>
            <translation>يذكّرك بأخذ استراحات حركة قصيرة على مكتبك</translation>
        </message>
        <message>
            <source>break;pause;ergonomics;posture;stretch;exercise;movement;health;RSI;timer;</source>
            <comment>Keywords</comment>
            <translation>break;pause;ergonomics;posture;stretch;exercise;movement;health;RSI;timer;استراحة;وضعية;إطالة;تمرين;حركة;صحة;مؤقت;</translation>
        </message>
    </context>
    <context>
        <name>appstream</name>
        <message>
            <source>Calm reminders to take short movement breaks</source>
            <comment>summary</comment>
            <translation>تذكيرات هادئة بأخذ استراحات حركة قصيرة</translation>
        </message>
        <message>
            <source>DeskCoach is a calm system-tray coach for people who sit at a screen all day. It runs a work timer and, when a break is due, guides a short movement break on screen, without taking the keyboard focus.</source>
            <comment>description/p[1]</comment>
            <translation>DeskCoach مدرّب هادئ في علبة النظام لمن يجلسون أمام الشاشة طوال اليوم. يشغّل مؤقتًا للعمل، وعندما يحين موعد الاستراحة يرشدك إلى استراحة حركة قصيرة على الشاشة، من دون أن يأخذ تركيز لوحة المفاتيح.</translation>
        </message>
        <message>
            <source>Short movement breaks and stretches with illustrated steps; body regions rotate through the day</source>
            <comment>description/li[3]</comment>
            <translation>استراحات حركة قصيرة وتمارين إطالة بخطوات مصوّرة؛ وتتناوب مناطق الجسم على مدار اليوم</translation>
        </message>
        <message>
            <source>Waits while you keep typing, and counts time away from the computer as a natural break</source>
            <comment>description/li[4]</comment>
            <translation>ينتظر ما دمت تواصل الكتابة، ويحتسب الوقت بعيدًا عن الحاسوب استراحة طبيعية</translation>
        </message>
        <message>
            <source>A workstation checklist with a report you can export</source>
            <comment>description/li[5]</comment>
            <translation>قائمة تحقق لمكان العمل مع تقرير يمكنك تصديره</translation>
        </message>
        <message>
            <source>Progress charts, kept on your computer only: nothing is ever sent anywhere</source>
            <comment>description/li[6]</comment>
            <translation>مخططات التقدم محفوظة على حاسوبك فقط: لا يُرسَل أي شيء إلى أي مكان</translation>
        </message>
        <message>
            <source>Organisation policy for fleets: locked settings and limits in /etc/deskcoach</source>
            <comment>description/li[7]</comment>
            <translation>سياسة المؤسسة لأساطيل الأجهزة: إعدادات مقفلة وحدود في /etc/deskcoach</translation>
        </message>
        <message>
            <source>DeskCoach gives general movement guidance, not medical advice.</source>
            <comment>description/p[8]</comment>
            <translation>يقدّم DeskCoach إرشادات عامة للحركة، لا نصيحة طبية.</translation>
        </message>
    </context>
    <context>
        <name>adml</name>
        <message>
            <source>Movement-break reminders. Policies here are mandatory: users cannot change them. DeskCoach has no network code and reports nothing to the organisation.</source>
            <comment>DeskCoach_Help</comment>
            <translation>تذكيرات استراحات الحركة. السياسات هنا إلزامية: لا يمكن للمستخدمين تغييرها. لا يحتوي DeskCoach على أي شيفرة للشبكة ولا يبلّغ المؤسسة بأي شيء.</translation>
        </message>
        <message>
            <source>Timing</source>
            <comment>Cat_Timing</comment>
            <translation>التوقيت</translation>
        </message>
        <message>
            <source>Putting breaks off</source>
            <comment>Cat_Putting_breaks_off</comment>
            <translation>تأجيل الاستراحات</translation>
        </message>
        <message>
            <source>Sound</source>
            <comment>Cat_Sound</comment>
            <translation>الصوت</translation>
        </message>
        <message>
            <source>Exercises</source>
            <comment>Cat_Exercises</comment>
            <translation>التمارين</translation>
        </message>
        <message>
            <source>Smart timing</source>
            <comment>Cat_Smart_timing</comment>
            <translation>التوقيت الذكي</translation>
        </message>
        <message>
            <source>Workstation check</source>
            <comment>Cat_Workstation_check</comment>
            <translation>فحص مكان العمل</translation>
        </message>
        <message>
            <source>Progress</source>
            <comment>Cat_Progress</comment>
            <translation>التقدم</translation>
        </message>
        <message>
            <source>Eye breaks</source>
            <comment>Cat_Eye_breaks</comment>
            <translation>استراحات العينين</translation>
        </message>
        <message>
            <source>Daily routines</source>
            <comment>Cat_Daily_routines</comment>
            <translation>الروتين اليومي</translation>
        </message>
        <message>
            <source>Break window</source>
            <comment>Cat_Break_window</comment>
            <translation>نافذة الاستراحة</translation>
        </message>
        <message>
            <source>Appearance</source>
            <comment>Cat_Appearance</comment>
            <translation>المظهر</translation>
        </message>
        <message>
            <source>Limits (users may only make these stricter)</source>
            <comment>Cat_Limits</comment>
            <translation>الحدود (لا يمكن للمستخدمين إلا جعلها أكثر صرامة)</translation>
        </message>
        <message>
            <source>Features</source>
            <comment>Cat_Features</comment>
            <translation>الميزات</translation>
        </message>
        <message>
            <source>Recommended (users may change these)</source>
            <comment>Cat_Recommended</comment>
            <translation>موصى بها (يمكن للمستخدمين تغييرها)</translation>
        </message>
        <message>
            <source>Work interval</source>
            <comment>work_minutes</comment>
            <translation>فترة العمل</translation>
        </message>
        <message>
            <source>Minutes of work between breaks; 30-45 is recommended.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 5-120 minutes. Built-in default: 40.

Registry: Software\Policies\DeskCoach, value work_minutes (REG_DWORD).</source>
            <comment>work_minutes_Help</comment>
            <translation>دقائق العمل بين الاستراحات؛ يوصى بـ 30-45.

ممكّن: القيمة مقفلة؛ يعرضها مربع حوار الإعدادات باهتة مع عبارة «مضبوط من قِبل مؤسستك»، ويرفض `deskcoach config set` تغييرها.
غير مكوّن: يُطبَّق اختيار المستخدم نفسه.

المسموح: 5-120 دقيقة. القيمة الافتراضية المدمجة: 40.

السجل: Software\Policies\DeskCoach، القيمة work_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Break length</source>
            <comment>break_seconds</comment>
            <translation>مدة الاستراحة</translation>
        </message>
        <message>
            <source>How long each movement break lasts.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 30-600 seconds. Built-in default: 120.

Registry: Software\Policies\DeskCoach, value break_seconds (REG_DWORD).</source>
            <comment>break_seconds_Help</comment>
            <translation>كم تدوم كل استراحة حركة.

ممكّن: القيمة مقفلة؛ يعرضها مربع حوار الإعدادات باهتة مع عبارة «مضبوط من قِبل مؤسستك»، ويرفض `deskcoach config set` تغييرها.
غير مكوّن: يُطبَّق اختيار المستخدم نفسه.

المسموح: 30-600 ثانية. القيمة الافتراضية المدمجة: 120.

السجل: Software\Policies\DeskCoach، القيمة break_seconds (REG_DWORD).</translation>
        </message>
        <message>
            <source>Notice before a break</source>
            <comment>notice_seconds</comment>
            <translation>التنبيه قبل الاستراحة</translation>
        </message>
        <message>
            <source>How early the tray warns that a break is coming (0 = no notice).

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 0-300 seconds. Built-in default: 60.

Registry: Software\Policies\DeskCoach, value notice_seconds (REG_DWORD).</source>
            <comment>notice_seconds_Help</comment>
            <translation>كم من الوقت مسبقًا تنبّه علبة النظام إلى استراحة قادمة (0 = بلا تنبيه).

ممكّن: القيمة مقفلة؛ يعرضها مربع حوار الإعدادات باهتة مع عبارة «مضبوط من قِبل مؤسستك»، ويرفض `deskcoach config set` تغييرها.
غير مكوّن: يُطبَّق اختيار المستخدم نفسه.

المسموح: 0-300 ثانية. القيمة الافتراضية المدمجة: 60.

السجل: Software\Policies\DeskCoach، القيمة notice_seconds (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snooze length</source>
            <comment>snooze_minutes</comment>
            <translation>مدة التأجيل</translation>
        </message>
        <message>
            <source>How long Snooze puts a break off.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 1-30 minutes. Built-in default: 5.

Registry: Software\Policies\DeskCoach, value snooze_minutes (REG_DWORD).</source>
            <comment>snooze_minutes_Help</comment>
            <translation>المدة التي يؤجّل بها «التأجيل» الاستراحة.

ممكّن: القيمة مقفلة؛ يعرضها مربع حوار الإعدادات باهتة مع عبارة «مضبوط من قِبل مؤسستك»، ويرفض `deskcoach config set` تغييرها.
غير مكوّن: يُطبَّق اختيار المستخدم نفسه.

المسموح: 1-30 دقيقة. القيمة الافتراضية المدمجة: 5.

السجل: Software\Policies\DeskCoach، القيمة snooze_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snoozes per break</source>
            <comment>snoozes_per_break</comment>
            <translation>مرات التأجيل لكل استراحة</translation>
        </message>
        <message>
            <source>How often one break may be snoozed.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 0-5. Built-in default: 2.

Registry: Software\Policies\DeskCoach, value snoozes_per_break (REG_DWORD).</source>
            <comment>snoozes_per_break_Help</comment>
            <translation>كم مرة يمكن تأجيل استراحة واحدة.

ممكّن: القيمة مقفلة؛ يعرضها مربع حوار الإعدادات باهتة مع عبارة «مضبوط من قِبل مؤسستك»، ويرفض `deskcoach config set` تغييرها.
غير مكوّن: يُطبَّق اختيار المستخدم نفسه.

المسموح: 0-5. القيمة الافتراضية المدمجة: 2.

السجل: Software\Policies\DeskCoach، القيمة snoozes_per_break (REG_DWORD).</translation>
        </message>
        <message>
            <source>0</source>
            <comment>daily_skip_budget_0</comment>
            <translation>0</translation>
        </message>
        <message>
            <source>1</source>
            <comment>daily_skip_budget_1</comment>
            <translation>1</translation>
        </message>
        <message>
            <source>2</source>
            <comment>daily_skip_budget_2</comment>
            <translation>2</translation>
        </message>
        <message>
            <source>3</source>
            <comment>daily_skip_budget_3</comment>
            <translation>3</translation>
        </message>
        <message>
            <source>4</source>
            <comment>daily_skip_budget_4</comment>
            <translation>4</translation>
        </message>
        <message>
            <source>5</source>
            <comment>daily_skip_budget_5</comment>
            <translation>5</translation>
        </message>
        <message>
            <source>6</source>
            <comment>daily_skip_budget_6</comment>
            <translation>6</translation>
        </message>
        <message>
            <source>7</source>
            <comment>daily_skip_budget_7</comment>
            <translation>7</translation>
        </message>
        <message>
            <source>8</source>
            <comment>daily_skip_budget_8</comment>
            <translation>8</translation>
        </message>
        <message>
            <source>9</source>
            <comment>daily_skip_budget_9</comment>
            <translation>9</translation>
        </message>
        <message>
            <source>10</source>
            <comment>daily_skip_budget_10</comment>
            <translation>10</translation>
        </message>
        <message>
            <source>11</source>
            <comment>daily_skip_budget_11</comment>
            <translation>11</translation>
        </message>
        <message>
            <source>12</source>
            <comment>daily_skip_budget_12</comment>
            <translation>12</translation>
        </message>
        <message>
            <source>13</source>
            <comment>daily_skip_budget_13</comment>
            <translation>13</translation>
        </message>
        <message>
            <source>14</source>
            <comment>daily_skip_budget_14</comment>
            <translation>14</translation>
        </message>
        <message>
            <source>15</source>
            <comment>daily_skip_budget_15</comment>
            <translation>15</translation>
        </message>
        <message>
            <source>16</source>
            <comment>daily_skip_budget_16</comment>
            <translation>16</translation>
        </message>
        <message>
            <source>17</source>
            <comment>daily_skip_budget_17</comment>
            <translation>17</translation>
        </message>
        <message>
            <source>18</source>
            <comment>daily_skip_budget_18</comment>
            <translation>18</translation>
        </message>
        <message>
            <source>19</source>
            <comment>daily_skip_budget_19</comment>
            <translation>19</translation>
        </message>
        <message>
            <source>20</source>
            <comment>daily_skip_budget_20</comment>
            <translation>20</translation>
        </message>
        <message>
            <source>Unlimited</source>
            <comment>daily_skip_budget_unlimited</comment>
            <translation>غير محدود</translation>
        </message>
        <message>
            <source>Skips per day</source>
            <comment>daily_skip_budget</comment>
            <translation>مرات التخطي في اليوم</translation>
        </message>
        <message>
            <source>How many breaks may be skipped each day.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 0-20, or -1 for unlimited. Built-in default: 3.

Registry: Software\Policies\DeskCoach, value daily_skip_budget (REG_DWORD).

The list offers 0-20 and unlimited (-1), stored as 4294967295.</source>
            <comment>daily_skip_budget_Help</comment>
            <translation>كم استراحة يمكن تخطيها كل يوم.

ممكّن: القيمة مقفلة؛ يعرضها مربع حوار الإعدادات باهتة مع عبارة «مضبوط من قِبل مؤسستك»، ويرفض `deskcoach config set` تغييرها.
غير مكوّن: يُطبَّق اختيار المستخدم نفسه.

المسموح: 0-20، أو -1 لعدد غير محدود. القيمة الافتراضية المدمجة: 3.

السجل: Software\Policies\DeskCoach، القيمة daily_skip_budget (REG_DWORD).

تعرض القائمة 0-20 وغير محدود (-1)، ويُخزَّن بالقيمة 4294967295.</translation>
        </message>
        <message>
            <source>Strict mode</source>
            <comment>strict_mode</comment>
            <translation>الوضع الصارم</translation>
        </message>
        <message>
            <source>Breaks cannot be skipped or snoozed.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach, value strict_mode (REG_DWORD).</source>
            <comment>strict_mode_Help</comment>
            <translation>لا يمكن تخطي الاستراحات أو تأجيلها.

ممكّن: مفعّل (مقفل).
معطّل: متوقف (مقفل).
غير مكوّن: يُطبَّق اختيار المستخدم نفسه.

المسموح: مفعّل أو متوقف. القيمة الافتراضية المدمجة: متوقف.

السجل: Software\Policies\DeskCoach، القيمة strict_mode (REG_DWORD).</translation>
        </message>
        <message>
            <source>Play a soft cue when a break starts and when it ends (never while a meeting holds breaks).

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value sound (REG_DWORD).</source>
            <comment>sound_Help</comment>
            <translation>تشغيل نغمة هادئة عند بدء الاستراحة وعند انتهائها (وليس أبدًا أثناء اجتماع يؤجّل الاستراحات).

ممكّن: مفعّل (مقفل).
معطّل: متوقف (مقفل).
غير مكوّن: يُطبَّق اختيار المستخدم نفسه.

المسموح: مفعّل أو متوقف. القيمة الافتراضية المدمجة: مفعّل.

السجل: Software\Policies\DeskCoach، القيمة sound (REG_DWORD).</translation>
        </message>
        <message>
            <source>Start at login</source>
            <comment>start_at_login</comment>
            <translation>البدء عند تسجيل الدخول</translation>
        </message>
        <message>
            <source>Start DeskCoach when you log in.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value start_at_login (REG_DWORD).</source>
            <comment>start_at_login_Help</comment>
            <translation>شغّل DeskCoach عند تسجيل دخولك.

ممكّن: مفعّل (مقفل).
معطّل: متوقف (مقفل).
غير مكوّن: يُطبَّق اختيار المستخدم نفسه.

المسموح: مفعّل أو متوقف. القيمة الافتراضية المدمجة: مفعّل.

السجل: Software\Policies\DeskCoach، القيمة start_at_login (REG_DWORD).</translation>
        </message>
        <message>
            <source>Reduced motion</source>
            <comment>reduced_motion</comment>
            <translation>تقليل الحركة</translation>
        </message>
        <message>
            <source>Show still key poses instead of animations.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach, value reduced_motion (REG_DWORD).</source>
            <comment>reduced_motion_Help</comment>
            <translation>اعرض الوضعيات الأساسية ثابتة بدلًا من الرسوم المتحركة.

ممكّن: مفعّل (مقفل).
معطّل: متوقف (مقفل).
غير مكوّن: يُطبَّق اختيار المستخدم نفسه.

المسموح: مفعّل أو متوقف. القيمة الافتراضية المدمجة: متوقف.

السجل: Software\Policies\DeskCoach، القيمة reduced_motion (REG_DWORD).</translation>
        </message>
        <message>
            <source>Seated only</source>
            <comment>seated_only</comment>
            <translation>جلوسًا فقط</translation>
        </message>
        <message>
            <source>Only suggest exercises that can be done sitting down.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach, value seated_only (REG_DWORD).</source>
            <comment>seated_only_Help</comment>
            <translation>اقترح فقط التمارين التي يمكن أداؤها جلوسًا.

ممكّن: مفعّل (مقفل).
معطّل: متوقف (مقفل).
غير مكوّن: يُطبَّق اختيار المستخدم نفسه.

المسموح: مفعّل أو متوقف. القيمة الافتراضية المدمجة: متوقف.

السجل: Software\Policies\DeskCoach، القيمة seated_only (REG_DWORD).</translation>
        </message>
        <message>
            <source>any</source>
            <comment>spine_preference_any</comment>
            <translation>الكل (any)</translation>
        </message>
        <message>
            <source>extension</source>
            <comment>spine_preference_extension</comment>
            <translation>الانحناء إلى الخلف فقط (extension)</translation>
        </message>
        <message>
            <source>flexion</source>
            <comment>spine_preference_flexion</comment>
            <translation>الانحناء إلى الأمام فقط (flexion)</translation>
        </message>
        <message>
            <source>Back movements</source>
            <comment>spine_preference</comment>
            <translation>حركات الظهر</translation>
        </message>
        <message>
            <source>Leave out forward bends (flexion) or backward bends (extension) if one of them does not feel good.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: any | extension | flexion. Built-in default: any.

Registry: Software\Policies\DeskCoach, value spine_preference (REG_SZ).</source>
            <comment>spine_preference_Help</comment>
            <translation>استبعد الانحناء إلى الأمام (الثني) أو إلى الخلف (البسط) إذا لم يكن أحدهما مريحًا لك.

ممكّن: القيمة مقفلة؛ يعرضها مربع حوار الإعدادات باهتة مع عبارة «مضبوط من قِبل مؤسستك»، ويرفض `deskcoach config set` تغييرها.
غير مكوّن: يُطبَّق اختيار المستخدم نفسه.

المسموح: any | extension | flexion. القيمة الافتراضية المدمجة: any.

السجل: Software\Policies\DeskCoach، القيمة spine_preference (REG_SZ).</translation>
        </message>
        <message>
            <source>Regions to leave out</source>
            <comment>avoid_regions</comment>
            <translation>المناطق المستبعدة</translation>
        </message>
        <message>
            <source>Body regions DeskCoach should not suggest exercises for.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: a list of up to 64 of: neck, upper_back, shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body (one per line). Built-in default: (none).

Registry: Software\Policies\DeskCoach, value avoid_regions (REG_MULTI_SZ).</source>
            <comment>avoid_regions_Help</comment>
            <translation>مناطق الجسم التي لا ينبغي أن يقترح DeskCoach تمارين لها.

ممكّن: القيمة مقفلة؛ يعرضها مربع حوار الإعدادات باهتة مع عبارة «مضبوط من قِبل مؤسستك»، ويرفض `deskcoach config set` تغييرها.
غير مكوّن: يُطبَّق اختيار المستخدم نفسه.

المسموح: قائمة بما يصل إلى 64 من: neck, upper_back, shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body (عنصر في كل سطر). القيمة الافتراضية المدمجة: (لا شيء).

السجل: Software\Policies\DeskCoach، القيمة avoid_regions (REG_MULTI_SZ).</translation>
        </message>
        <message>
            <source>Exercises to leave out</source>
            <comment>avoid_exercises</comment>
            <translation>التمارين المستبعدة</translation>
        </message>
        <message>
            <source>Exercises DeskCoach should never suggest.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: a list of up to 64 of: exercise ids (one per line). Built-in default: (none).

Registry: Software\Policies\DeskCoach, value avoid_exercises (REG_MULTI_SZ).</source>
            <comment>avoid_exercises_Help</comment>
            <translation>التمارين التي لا ينبغي أن يقترحها DeskCoach أبدًا.

ممكّن: القيمة مقفلة؛ يعرضها مربع حوار الإعدادات باهتة مع عبارة «مضبوط من قِبل مؤسستك»، ويرفض `deskcoach config set` تغييرها.
غير مكوّن: يُطبَّق اختيار المستخدم نفسه.

المسموح: قائمة بما يصل إلى 64 من: معرّفات التمارين (عنصر في كل سطر). القيمة الافتراضية المدمجة: (لا شيء).

السجل: Software\Policies\DeskCoach، القيمة avoid_exercises (REG_MULTI_SZ).</translation>
        </message>
        <message>
            <source>Away after</source>
            <comment>idle_minutes</comment>
            <translation>الابتعاد بعد</translation>
        </message>
        <message>
            <source>Minutes without keyboard or mouse after which the work timer stops; coming back after at least a break's length counts as a natural break.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 1-30 minutes. Built-in default: 5.

Registry: Software\Policies\DeskCoach, value idle_minutes (REG_DWORD).</source>
            <comment>idle_minutes_Help</comment>
            <translation>عدد الدقائق بلا لوحة مفاتيح أو فأرة التي يتوقف بعدها مؤقت العمل؛ والعودة بعد مدة استراحة على الأقل تُحتسب استراحة طبيعية.

ممكّن: القيمة مقفلة؛ يعرضها مربع حوار الإعدادات باهتة مع عبارة «مضبوط من قِبل مؤسستك»، ويرفض `deskcoach config set` تغييرها.
غير مكوّن: يُطبَّق اختيار المستخدم نفسه.

المسموح: 1-30 دقيقة. القيمة الافتراضية المدمجة: 5.

السجل: Software\Policies\DeskCoach، القيمة idle_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Wait for full-screen apps</source>
            <comment>defer_fullscreen</comment>
            <translation>انتظار التطبيقات بملء الشاشة</translation>
        </message>
        <message>
            <source>Hold a break while a full-screen app or presentation is in front.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value defer_fullscreen (REG_DWORD).</source>
            <comment>defer_fullscreen_Help</comment>
            <translation>أبقِ الاستراحة معلّقة ما دام تطبيق بملء الشاشة أو عرض تقديمي في المقدمة.

ممكّن: مفعّل (مقفل).
معطّل: متوقف (مقفل).
غير مكوّن: يُطبَّق اختيار المستخدم نفسه.

المسموح: مفعّل أو متوقف. القيمة الافتراضية المدمجة: مفعّل.

السجل: Software\Policies\DeskCoach، القيمة defer_fullscreen (REG_DWORD).</translation>
        </message>
        <message>
            <source>Wait for meetings</source>
            <comment>defer_meetings</comment>
            <translation>انتظار الاجتماعات</translation>
        </message>
        <message>
            <source>Hold a break while another app uses the camera or microphone.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value defer_meetings (REG_DWORD).</source>
            <comment>defer_meetings_Help</comment>
            <translation>أبقِ الاستراحة معلّقة ما دام تطبيق آخر يستخدم الكاميرا أو الميكروفون.

ممكّن: مفعّل (مقفل).
معطّل: متوقف (مقفل).
غير مكوّن: يُطبَّق اختيار المستخدم نفسه.

المسموح: مفعّل أو متوقف. القيمة الافتراضية المدمجة: مفعّل.

السجل: Software\Policies\DeskCoach، القيمة defer_meetings (REG_DWORD).</translation>
        </message>
        <message>
            <source>Longest wait</source>
            <comment>max_defer_minutes</comment>
            <translation>أطول انتظار</translation>
        </message>
        <message>
            <source>After this long a held break gives a gentle reminder.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 5-240 minutes. Built-in default: 60.

Registry: Software\Policies\DeskCoach, value max_defer_minutes (REG_DWORD).</source>
            <comment>max_defer_minutes_Help</comment>
            <translation>بعد هذه المدة تعطي الاستراحة المعلّقة تذكيرًا لطيفًا.

ممكّن: القيمة مقفلة؛ يعرضها مربع حوار الإعدادات باهتة مع عبارة «مضبوط من قِبل مؤسستك»، ويرفض `deskcoach config set` تغييرها.
غير مكوّن: يُطبَّق اختيار المستخدم نفسه.

المسموح: 5-240 دقيقة. القيمة الافتراضية المدمجة: 60.

السجل: Software\Policies\DeskCoach، القيمة max_defer_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Working hours</source>
            <comment>working_hours</comment>
            <translation>ساعات العمل</translation>
        </message>
        <message>
            <source>e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always. Built-in default: (empty).

Registry: Software\Policies\DeskCoach, value working_hours (REG_SZ).</source>
            <comment>working_hours_Help</comment>
            <translation>مثال: mon-fri 08:30-12:30,13:30-17:30؛ تركه فارغًا يعني دائمًا.

ممكّن: القيمة مقفلة؛ يعرضها مربع حوار الإعدادات باهتة مع عبارة «مضبوط من قِبل مؤسستك»، ويرفض `deskcoach config set` تغييرها.
غير مكوّن: يُطبَّق اختيار المستخدم نفسه.

المسموح: مثال: mon-fri 08:30-12:30,13:30-17:30؛ تركه فارغًا يعني دائمًا. القيمة الافتراضية المدمجة: (فارغ).

السجل: Software\Policies\DeskCoach، القيمة working_hours (REG_SZ).</translation>
        </message>
        <message>
            <source>Checklist reminders</source>
            <comment>checklist_reminders</comment>
            <translation>تذكيرات قائمة التحقق</translation>
        </message>
        <message>
            <source>Remind me of open workstation actions and when a fresh check is due.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value checklist_reminders (REG_DWORD).</source>
            <comment>checklist_reminders_Help</comment>
            <translation>ذكّرني بإجراءات مكان العمل المفتوحة وبموعد الفحص الجديد.

ممكّن: مفعّل (مقفل).
معطّل: متوقف (مقفل).
غير مكوّن: يُطبَّق اختيار المستخدم نفسه.

المسموح: مفعّل أو متوقف. القيمة الافتراضية المدمجة: مفعّل.

السجل: Software\Policies\DeskCoach، القيمة checklist_reminders (REG_DWORD).</translation>
        </message>
        <message>
            <source>Fresh check after</source>
            <comment>reassess_months</comment>
            <translation>فحص جديد بعد</translation>
        </message>
        <message>
            <source>Months after a workstation check until DeskCoach suggests a new one.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 1-24 months. Built-in default: 6.

Registry: Software\Policies\DeskCoach, value reassess_months (REG_DWORD).</source>
            <comment>reassess_months_Help</comment>
            <translation>عدد الأشهر بعد فحص مكان العمل حتى يقترح DeskCoach فحصًا جديدًا.

ممكّن: القيمة مقفلة؛ يعرضها مربع حوار الإعدادات باهتة مع عبارة «مضبوط من قِبل مؤسستك»، ويرفض `deskcoach config set` تغييرها.
غير مكوّن: يُطبَّق اختيار المستخدم نفسه.

المسموح: 1-24 شهر. القيمة الافتراضية المدمجة: 6.

السجل: Software\Policies\DeskCoach، القيمة reassess_months (REG_DWORD).</translation>
        </message>
        <message>
            <source>Streak goal</source>
            <comment>goal_percent</comment>
            <translation>هدف السلسلة</translation>
        </message>
        <message>
            <source>The share of the day's due breaks to take for the day to join your streak on the progress dashboard.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 10-100 %. Built-in default: 80.

Registry: Software\Policies\DeskCoach, value goal_percent (REG_DWORD).</source>
            <comment>goal_percent_Help</comment>
            <translation>نسبة الاستراحات المستحقة في اليوم التي يجب أخذها ليُضاف اليوم إلى سلسلتك في لوحة معلومات التقدم.

ممكّن: القيمة مقفلة؛ يعرضها مربع حوار الإعدادات باهتة مع عبارة «مضبوط من قِبل مؤسستك»، ويرفض `deskcoach config set` تغييرها.
غير مكوّن: يُطبَّق اختيار المستخدم نفسه.

المسموح: 10-100 %. القيمة الافتراضية المدمجة: 80.

السجل: Software\Policies\DeskCoach، القيمة goal_percent (REG_DWORD).</translation>
        </message>
        <message>
            <source>21</source>
            <comment>eye_break_minutes_21</comment>
            <translation>21</translation>
        </message>
        <message>
            <source>22</source>
            <comment>eye_break_minutes_22</comment>
            <translation>22</translation>
        </message>
        <message>
            <source>23</source>
            <comment>eye_break_minutes_23</comment>
            <translation>23</translation>
        </message>
        <message>
            <source>24</source>
            <comment>eye_break_minutes_24</comment>
            <translation>24</translation>
        </message>
        <message>
            <source>25</source>
            <comment>eye_break_minutes_25</comment>
            <translation>25</translation>
        </message>
        <message>
            <source>26</source>
            <comment>eye_break_minutes_26</comment>
            <translation>26</translation>
        </message>
        <message>
            <source>27</source>
            <comment>eye_break_minutes_27</comment>
            <translation>27</translation>
        </message>
        <message>
            <source>28</source>
            <comment>eye_break_minutes_28</comment>
            <translation>28</translation>
        </message>
        <message>
            <source>29</source>
            <comment>eye_break_minutes_29</comment>
            <translation>29</translation>
        </message>
        <message>
            <source>30</source>
            <comment>eye_break_minutes_30</comment>
            <translation>30</translation>
        </message>
        <message>
            <source>31</source>
            <comment>eye_break_minutes_31</comment>
            <translation>31</translation>
        </message>
        <message>
            <source>32</source>
            <comment>eye_break_minutes_32</comment>
            <translation>32</translation>
        </message>
        <message>
            <source>33</source>
            <comment>eye_break_minutes_33</comment>
            <translation>33</translation>
        </message>
        <message>
            <source>34</source>
            <comment>eye_break_minutes_34</comment>
            <translation>34</translation>
        </message>
        <message>
            <source>35</source>
            <comment>eye_break_minutes_35</comment>
            <translation>35</translation>
        </message>
        <message>
            <source>36</source>
            <comment>eye_break_minutes_36</comment>
            <translation>36</translation>
        </message>
        <message>
            <source>37</source>
            <comment>eye_break_minutes_37</comment>
            <translation>37</translation>
        </message>
        <message>
            <source>38</source>
            <comment>eye_break_minutes_38</comment>
            <translation>38</translation>
        </message>
        <message>
            <source>39</source>
            <comment>eye_break_minutes_39</comment>
            <translation>39</translation>
        </message>
        <message>
            <source>40</source>
            <comment>eye_break_minutes_40</comment>
            <translation>40</translation>
        </message>
        <message>
            <source>41</source>
            <comment>eye_break_minutes_41</comment>
            <translation>41</translation>
        </message>
        <message>
            <source>42</source>
            <comment>eye_break_minutes_42</comment>
            <translation>42</translation>
        </message>
        <message>
            <source>43</source>
            <comment>eye_break_minutes_43</comment>
            <translation>43</translation>
        </message>
        <message>
            <source>44</source>
            <comment>eye_break_minutes_44</comment>
            <translation>44</translation>
        </message>
        <message>
            <source>45</source>
            <comment>eye_break_minutes_45</comment>
            <translation>45</translation>
        </message>
        <message>
            <source>46</source>
            <comment>eye_break_minutes_46</comment>
            <translation>46</translation>
        </message>
        <message>
            <source>47</source>
            <comment>eye_break_minutes_47</comment>
            <translation>47</translation>
        </message>
        <message>
            <source>48</source>
            <comment>eye_break_minutes_48</comment>
            <translation>48</translation>
        </message>
        <message>
            <source>49</source>
            <comment>eye_break_minutes_49</comment>
            <translation>49</translation>
        </message>
        <message>
            <source>50</source>
            <comment>eye_break_minutes_50</comment>
            <translation>50</translation>
        </message>
        <message>
            <source>51</source>
            <comment>eye_break_minutes_51</comment>
            <translation>51</translation>
        </message>
        <message>
            <source>52</source>
            <comment>eye_break_minutes_52</comment>
            <translation>52</translation>
        </message>
        <message>
            <source>53</source>
            <comment>eye_break_minutes_53</comment>
            <translation>53</translation>
        </message>
        <message>
            <source>54</source>
            <comment>eye_break_minutes_54</comment>
            <translation>54</translation>
        </message>
        <message>
            <source>55</source>
            <comment>eye_break_minutes_55</comment>
            <translation>55</translation>
        </message>
        <message>
            <source>56</source>
            <comment>eye_break_minutes_56</comment>
            <translation>56</translation>
        </message>
        <message>
            <source>57</source>
            <comment>eye_break_minutes_57</comment>
            <translation>57</translation>
        </message>
        <message>
            <source>58</source>
            <comment>eye_break_minutes_58</comment>
            <translation>58</translation>
        </message>
        <message>
            <source>59</source>
            <comment>eye_break_minutes_59</comment>
            <translation>59</translation>
        </message>
        <message>
            <source>60</source>
            <comment>eye_break_minutes_60</comment>
            <translation>60</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>eye_break_minutes_off</comment>
            <translation>متوقف</translation>
        </message>
        <message>
            <source>Eye breaks every</source>
            <comment>eye_break_minutes</comment>
            <translation>استراحات العينين كل</translation>
        </message>
        <message>
            <source>A 20-second prompt to look into the distance, between movement breaks (0 = off).

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 5-60 minutes, or 0 for off. Built-in default: 20.

Registry: Software\Policies\DeskCoach, value eye_break_minutes (REG_DWORD).

The list offers 5-60 and off (0), stored as 0.</source>
            <comment>eye_break_minutes_Help</comment>
            <translation>تنبيه لمدة 20 ثانية للنظر إلى البعيد، بين استراحات الحركة (0 = متوقف).

ممكّن: القيمة مقفلة؛ يعرضها مربع حوار الإعدادات باهتة مع عبارة «مضبوط من قِبل مؤسستك»، ويرفض `deskcoach config set` تغييرها.
غير مكوّن: يُطبَّق اختيار المستخدم نفسه.

المسموح: 5-60 دقيقة، أو 0 للإيقاف. القيمة الافتراضية المدمجة: 20.

السجل: Software\Policies\DeskCoach، القيمة eye_break_minutes (REG_DWORD).

تعرض القائمة 5-60 ومتوقف (0)، ويُخزَّن بالقيمة 0.</translation>
        </message>
        <message>
            <source>Daily anchors</source>
            <comment>daily_anchors</comment>
            <translation>المحطات اليومية</translation>
        </message>
        <message>
            <source>Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none. Built-in default: (empty).

Registry: Software\Policies\DeskCoach, value daily_anchors (REG_SZ).</source>
            <comment>daily_anchors_Help</comment>
            <translation>روتينات اختيارية مدتها خمس دقائق في لحظات تلتزم بها أصلًا، مثل coffee 08:30, lunch 12:30, end of day 17:15؛ تركه فارغًا يعني لا شيء.

ممكّن: القيمة مقفلة؛ يعرضها مربع حوار الإعدادات باهتة مع عبارة «مضبوط من قِبل مؤسستك»، ويرفض `deskcoach config set` تغييرها.
غير مكوّن: يُطبَّق اختيار المستخدم نفسه.

المسموح: روتينات اختيارية مدتها خمس دقائق في لحظات تلتزم بها أصلًا، مثل coffee 08:30, lunch 12:30, end of day 17:15؛ تركه فارغًا يعني لا شيء. القيمة الافتراضية المدمجة: (فارغ).

السجل: Software\Policies\DeskCoach، القيمة daily_anchors (REG_SZ).</translation>
        </message>
        <message>
            <source>Volume</source>
            <comment>sound_volume</comment>
            <translation>مستوى الصوت</translation>
        </message>
        <message>
            <source>How loud the break cues are.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 0-100 %. Built-in default: 60.

Registry: Software\Policies\DeskCoach, value sound_volume (REG_DWORD).</source>
            <comment>sound_volume_Help</comment>
            <translation>مدى ارتفاع نغمات الاستراحة.

ممكّن: القيمة مقفلة؛ يعرضها مربع حوار الإعدادات باهتة مع عبارة «مضبوط من قِبل مؤسستك»، ويرفض `deskcoach config set` تغييرها.
غير مكوّن: يُطبَّق اختيار المستخدم نفسه.

المسموح: 0-100 %. القيمة الافتراضية المدمجة: 60.

السجل: Software\Policies\DeskCoach، القيمة sound_volume (REG_DWORD).</translation>
        </message>
        <message>
            <source>chime</source>
            <comment>sound_cue_chime</comment>
            <translation>رنين (chime)</translation>
        </message>
        <message>
            <source>bell</source>
            <comment>sound_cue_bell</comment>
            <translation>جرس (bell)</translation>
        </message>
        <message>
            <source>soft</source>
            <comment>sound_cue_soft</comment>
            <translation>هادئ (soft)</translation>
        </message>
        <message>
            <source>Cue</source>
            <comment>sound_cue</comment>
            <translation>النغمة</translation>
        </message>
        <message>
            <source>Which of DeskCoach's sounds the cues use.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: chime | bell | soft. Built-in default: chime.

Registry: Software\Policies\DeskCoach, value sound_cue (REG_SZ).</source>
            <comment>sound_cue_Help</comment>
            <translation>أي أصوات DeskCoach تستخدمها النغمات.

ممكّن: القيمة مقفلة؛ يعرضها مربع حوار الإعدادات باهتة مع عبارة «مضبوط من قِبل مؤسستك»، ويرفض `deskcoach config set` تغييرها.
غير مكوّن: يُطبَّق اختيار المستخدم نفسه.

المسموح: chime | bell | soft. القيمة الافتراضية المدمجة: chime.

السجل: Software\Policies\DeskCoach، القيمة sound_cue (REG_SZ).</translation>
        </message>
        <message>
            <source>pointer</source>
            <comment>break_screens_pointer</comment>
            <translation>شاشة المؤشر (pointer)</translation>
        </message>
        <message>
            <source>primary</source>
            <comment>break_screens_primary</comment>
            <translation>الشاشة الرئيسية (primary)</translation>
        </message>
        <message>
            <source>all</source>
            <comment>break_screens_all</comment>
            <translation>كل الشاشات (all)</translation>
        </message>
        <message>
            <source>Break window on</source>
            <comment>break_screens</comment>
            <translation>نافذة الاستراحة على</translation>
        </message>
        <message>
            <source>pointer: the screen with the mouse pointer; primary: the main screen; all: the break on the pointer's screen and a calm dimmed panel on the others (it never blocks input).

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: pointer | primary | all. Built-in default: pointer.

Registry: Software\Policies\DeskCoach, value break_screens (REG_SZ).</source>
            <comment>break_screens_Help</comment>
            <translation>pointer: الشاشة التي عليها مؤشر الفأرة؛ primary: الشاشة الرئيسية؛ all: الاستراحة على شاشة المؤشر ولوحة هادئة معتمة على الشاشات الأخرى (لا تمنع الإدخال أبدًا).

ممكّن: القيمة مقفلة؛ يعرضها مربع حوار الإعدادات باهتة مع عبارة «مضبوط من قِبل مؤسستك»، ويرفض `deskcoach config set` تغييرها.
غير مكوّن: يُطبَّق اختيار المستخدم نفسه.

المسموح: pointer | primary | all. القيمة الافتراضية المدمجة: pointer.

السجل: Software\Policies\DeskCoach، القيمة break_screens (REG_SZ).</translation>
        </message>
        <message>
            <source>system</source>
            <comment>theme_system</comment>
            <translation>حسب النظام (system)</translation>
        </message>
        <message>
            <source>light</source>
            <comment>theme_light</comment>
            <translation>فاتح (light)</translation>
        </message>
        <message>
            <source>dark</source>
            <comment>theme_dark</comment>
            <translation>داكن (dark)</translation>
        </message>
        <message>
            <source>Colours</source>
            <comment>theme</comment>
            <translation>الألوان</translation>
        </message>
        <message>
            <source>Light or dark windows; system follows your desktop's colour scheme.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: system | light | dark. Built-in default: system.

Registry: Software\Policies\DeskCoach, value theme (REG_SZ).</source>
            <comment>theme_Help</comment>
            <translation>نوافذ فاتحة أو داكنة؛ system يتبع نظام ألوان سطح المكتب.

ممكّن: القيمة مقفلة؛ يعرضها مربع حوار الإعدادات باهتة مع عبارة «مضبوط من قِبل مؤسستك»، ويرفض `deskcoach config set` تغييرها.
غير مكوّن: يُطبَّق اختيار المستخدم نفسه.

المسموح: system | light | dark. القيمة الافتراضية المدمجة: system.

السجل: Software\Policies\DeskCoach، القيمة theme (REG_SZ).</translation>
        </message>
        <message>
            <source>en</source>
            <comment>language_en</comment>
            <translation>en</translation>
        </message>
        <message>
            <source>de</source>
            <comment>language_de</comment>
            <translation>de</translation>
        </message>
        <message>
            <source>fr</source>
            <comment>language_fr</comment>
            <translation>fr</translation>
        </message>
        <message>
            <source>es</source>
            <comment>language_es</comment>
            <translation>es</translation>
        </message>
        <message>
            <source>it</source>
            <comment>language_it</comment>
            <translation>it</translation>
        </message>
        <message>
            <source>nl</source>
            <comment>language_nl</comment>
            <translation>nl</translation>
        </message>
        <message>
            <source>pt_BR</source>
            <comment>language_pt_BR</comment>
            <translation>pt_BR</translation>
        </message>
        <message>
            <source>ja</source>
            <comment>language_ja</comment>
            <translation>ja</translation>
        </message>
        <message>
            <source>ar</source>
            <comment>language_ar</comment>
            <translation>ar</translation>
        </message>
        <message>
            <source>Language</source>
            <comment>language</comment>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>The language of DeskCoach's menus, exercises and messages; system follows your desktop. It applies at once; windows already open change when you open them again.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: system | en | de | fr | es | it | nl | pt_BR | ja | ar. Built-in default: system.

Registry: Software\Policies\DeskCoach, value language (REG_SZ).</source>
            <comment>language_Help</comment>
            <translation>لغة قوائم DeskCoach وتمارينه ورسائله؛ system يتبع سطح المكتب. تُطبَّق فورًا؛ وتتغيّر النوافذ المفتوحة عندما تفتحها مرة أخرى.

ممكّن: القيمة مقفلة؛ يعرضها مربع حوار الإعدادات باهتة مع عبارة «مضبوط من قِبل مؤسستك»، ويرفض `deskcoach config set` تغييرها.
غير مكوّن: يُطبَّق اختيار المستخدم نفسه.

المسموح: system | en | de | fr | es | it | nl | pt_BR | ja | ar. القيمة الافتراضية المدمجة: system.

السجل: Software\Policies\DeskCoach، القيمة language (REG_SZ).</translation>
        </message>
        <message>
            <source>Work interval: upper limit</source>
            <comment>Limit_work_minutes_max</comment>
            <translation>فترة العمل: الحد الأعلى</translation>
        </message>
        <message>
            <source>Minutes of work between breaks; 30-45 is recommended.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 5-120 minutes.

Registry: Software\Policies\DeskCoach, value work_minutes.max (REG_DWORD).</source>
            <comment>Limit_work_minutes_max_Help</comment>
            <translation>دقائق العمل بين الاستراحات؛ يوصى بـ 30-45.

ممكّن: لا يمكن للمستخدمين اختيار أكثر من هذه القيمة؛ ويُعاد أي إعداد يتجاوزها إليها. الحدود تجعل الإعدادات أكثر صرامة فقط؛ وإذا حدّدها أكثر من مصدر، يُطبَّق الأكثر صرامة.
غير مكوّن: النطاق كله مسموح.

المسموح: 5-120 دقيقة.

السجل: Software\Policies\DeskCoach، القيمة work_minutes.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Break length: lower limit</source>
            <comment>Limit_break_seconds_min</comment>
            <translation>مدة الاستراحة: الحد الأدنى</translation>
        </message>
        <message>
            <source>How long each movement break lasts.

Enabled: users may only choose at least this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 30-600 seconds.

Registry: Software\Policies\DeskCoach, value break_seconds.min (REG_DWORD).</source>
            <comment>Limit_break_seconds_min_Help</comment>
            <translation>كم تدوم كل استراحة حركة.

ممكّن: لا يمكن للمستخدمين اختيار أقل من هذه القيمة؛ ويُعاد أي إعداد دونها إليها. الحدود تجعل الإعدادات أكثر صرامة فقط؛ وإذا حدّدها أكثر من مصدر، يُطبَّق الأكثر صرامة.
غير مكوّن: النطاق كله مسموح.

المسموح: 30-600 ثانية.

السجل: Software\Policies\DeskCoach، القيمة break_seconds.min (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snooze length: upper limit</source>
            <comment>Limit_snooze_minutes_max</comment>
            <translation>مدة التأجيل: الحد الأعلى</translation>
        </message>
        <message>
            <source>How long Snooze puts a break off.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 1-30 minutes.

Registry: Software\Policies\DeskCoach, value snooze_minutes.max (REG_DWORD).</source>
            <comment>Limit_snooze_minutes_max_Help</comment>
            <translation>المدة التي يؤجّل بها «التأجيل» الاستراحة.

ممكّن: لا يمكن للمستخدمين اختيار أكثر من هذه القيمة؛ ويُعاد أي إعداد يتجاوزها إليها. الحدود تجعل الإعدادات أكثر صرامة فقط؛ وإذا حدّدها أكثر من مصدر، يُطبَّق الأكثر صرامة.
غير مكوّن: النطاق كله مسموح.

المسموح: 1-30 دقيقة.

السجل: Software\Policies\DeskCoach، القيمة snooze_minutes.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snoozes per break: upper limit</source>
            <comment>Limit_snoozes_per_break_max</comment>
            <translation>مرات التأجيل لكل استراحة: الحد الأعلى</translation>
        </message>
        <message>
            <source>How often one break may be snoozed.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 0-5.

Registry: Software\Policies\DeskCoach, value snoozes_per_break.max (REG_DWORD).</source>
            <comment>Limit_snoozes_per_break_max_Help</comment>
            <translation>كم مرة يمكن تأجيل استراحة واحدة.

ممكّن: لا يمكن للمستخدمين اختيار أكثر من هذه القيمة؛ ويُعاد أي إعداد يتجاوزها إليها. الحدود تجعل الإعدادات أكثر صرامة فقط؛ وإذا حدّدها أكثر من مصدر، يُطبَّق الأكثر صرامة.
غير مكوّن: النطاق كله مسموح.

المسموح: 0-5.

السجل: Software\Policies\DeskCoach، القيمة snoozes_per_break.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Skips per day: upper limit</source>
            <comment>Limit_daily_skip_budget_max</comment>
            <translation>مرات التخطي في اليوم: الحد الأعلى</translation>
        </message>
        <message>
            <source>How many breaks may be skipped each day.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 0-20.

Registry: Software\Policies\DeskCoach, value daily_skip_budget.max (REG_DWORD).</source>
            <comment>Limit_daily_skip_budget_max_Help</comment>
            <translation>كم استراحة يمكن تخطيها كل يوم.

ممكّن: لا يمكن للمستخدمين اختيار أكثر من هذه القيمة؛ ويُعاد أي إعداد يتجاوزها إليها. الحدود تجعل الإعدادات أكثر صرامة فقط؛ وإذا حدّدها أكثر من مصدر، يُطبَّق الأكثر صرامة.
غير مكوّن: النطاق كله مسموح.

المسموح: 0-20.

السجل: Software\Policies\DeskCoach، القيمة daily_skip_budget.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Longest wait: upper limit</source>
            <comment>Limit_max_defer_minutes_max</comment>
            <translation>أطول انتظار: الحد الأعلى</translation>
        </message>
        <message>
            <source>After this long a held break gives a gentle reminder.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 5-240 minutes.

Registry: Software\Policies\DeskCoach, value max_defer_minutes.max (REG_DWORD).</source>
            <comment>Limit_max_defer_minutes_max_Help</comment>
            <translation>بعد هذه المدة تعطي الاستراحة المعلّقة تذكيرًا لطيفًا.

ممكّن: لا يمكن للمستخدمين اختيار أكثر من هذه القيمة؛ ويُعاد أي إعداد يتجاوزها إليها. الحدود تجعل الإعدادات أكثر صرامة فقط؛ وإذا حدّدها أكثر من مصدر، يُطبَّق الأكثر صرامة.
غير مكوّن: النطاق كله مسموح.

المسموح: 5-240 دقيقة.

السجل: Software\Policies\DeskCoach، القيمة max_defer_minutes.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Fresh check after: upper limit</source>
            <comment>Limit_reassess_months_max</comment>
            <translation>فحص جديد بعد: الحد الأعلى</translation>
        </message>
        <message>
            <source>Months after a workstation check until DeskCoach suggests a new one.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 1-24 months.

Registry: Software\Policies\DeskCoach, value reassess_months.max (REG_DWORD).</source>
            <comment>Limit_reassess_months_max_Help</comment>
            <translation>عدد الأشهر بعد فحص مكان العمل حتى يقترح DeskCoach فحصًا جديدًا.

ممكّن: لا يمكن للمستخدمين اختيار أكثر من هذه القيمة؛ ويُعاد أي إعداد يتجاوزها إليها. الحدود تجعل الإعدادات أكثر صرامة فقط؛ وإذا حدّدها أكثر من مصدر، يُطبَّق الأكثر صرامة.
غير مكوّن: النطاق كله مسموح.

المسموح: 1-24 شهر.

السجل: Software\Policies\DeskCoach، القيمة reassess_months.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Strict mode: required</source>
            <comment>Limit_strict_mode_required</comment>
            <translation>الوضع الصارم: إلزامي</translation>
        </message>
        <message>
            <source>Breaks cannot be skipped or snoozed.

Enabled: strict mode must be on; users cannot switch it off.
Disabled or Not configured: no requirement.

Registry: Software\Policies\DeskCoach, value strict_mode.required (REG_DWORD).</source>
            <comment>Limit_strict_mode_required_Help</comment>
            <translation>لا يمكن تخطي الاستراحات أو تأجيلها.

ممكّن: يجب أن يكون الوضع الصارم مفعّلًا؛ ولا يمكن للمستخدمين إيقافه.
معطّل أو غير مكوّن: لا اشتراط.

السجل: Software\Policies\DeskCoach، القيمة strict_mode.required (REG_DWORD).</translation>
        </message>
        <message>
            <source>Exporting statistics</source>
            <comment>Feature_statistics_export</comment>
            <translation>تصدير الإحصاءات</translation>
        </message>
        <message>
            <source>Exporting statistics (deskcoach stats --format csv/json, export).

Enabled: the feature is available.
Disabled: it is switched off for the user.
Not configured: available.

Registry: Software\Policies\DeskCoach, value statistics_export (REG_DWORD).</source>
            <comment>Feature_statistics_export_Help</comment>
            <translation>تصدير الإحصاءات (deskcoach stats --format csv/json، export).

ممكّن: الميزة متاحة.
معطّل: الميزة متوقفة لدى المستخدم.
غير مكوّن: متاحة.

السجل: Software\Policies\DeskCoach، القيمة statistics_export (REG_DWORD).</translation>
        </message>
        <message>
            <source>Work interval (recommended)</source>
            <comment>Recommended_work_minutes</comment>
            <translation>فترة العمل (موصى به)</translation>
        </message>
        <message>
            <source>Minutes of work between breaks; 30-45 is recommended.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 5-120 minutes. Built-in default: 40.

Registry: Software\Policies\DeskCoach\Recommended, value work_minutes (REG_DWORD).</source>
            <comment>Recommended_work_minutes_Help</comment>
            <translation>دقائق العمل بين الاستراحات؛ يوصى بـ 30-45.

ممكّن: تُطبَّق القيمة إلى أن يغيّرها المستخدم في الإعدادات.
غير مكوّن: تُطبَّق القيمة الافتراضية للجهاز في DeskCoach أو القيمة الافتراضية المدمجة.

المسموح: 5-120 دقيقة. القيمة الافتراضية المدمجة: 40.

السجل: Software\Policies\DeskCoach\Recommended، القيمة work_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Break length (recommended)</source>
            <comment>Recommended_break_seconds</comment>
            <translation>مدة الاستراحة (موصى به)</translation>
        </message>
        <message>
            <source>How long each movement break lasts.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 30-600 seconds. Built-in default: 120.

Registry: Software\Policies\DeskCoach\Recommended, value break_seconds (REG_DWORD).</source>
            <comment>Recommended_break_seconds_Help</comment>
            <translation>كم تدوم كل استراحة حركة.

ممكّن: تُطبَّق القيمة إلى أن يغيّرها المستخدم في الإعدادات.
غير مكوّن: تُطبَّق القيمة الافتراضية للجهاز في DeskCoach أو القيمة الافتراضية المدمجة.

المسموح: 30-600 ثانية. القيمة الافتراضية المدمجة: 120.

السجل: Software\Policies\DeskCoach\Recommended، القيمة break_seconds (REG_DWORD).</translation>
        </message>
        <message>
            <source>Notice before a break (recommended)</source>
            <comment>Recommended_notice_seconds</comment>
            <translation>التنبيه قبل الاستراحة (موصى به)</translation>
        </message>
        <message>
            <source>How early the tray warns that a break is coming (0 = no notice).

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 0-300 seconds. Built-in default: 60.

Registry: Software\Policies\DeskCoach\Recommended, value notice_seconds (REG_DWORD).</source>
            <comment>Recommended_notice_seconds_Help</comment>
            <translation>كم من الوقت مسبقًا تنبّه علبة النظام إلى استراحة قادمة (0 = بلا تنبيه).

ممكّن: تُطبَّق القيمة إلى أن يغيّرها المستخدم في الإعدادات.
غير مكوّن: تُطبَّق القيمة الافتراضية للجهاز في DeskCoach أو القيمة الافتراضية المدمجة.

المسموح: 0-300 ثانية. القيمة الافتراضية المدمجة: 60.

السجل: Software\Policies\DeskCoach\Recommended، القيمة notice_seconds (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snooze length (recommended)</source>
            <comment>Recommended_snooze_minutes</comment>
            <translation>مدة التأجيل (موصى به)</translation>
        </message>
        <message>
            <source>How long Snooze puts a break off.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 1-30 minutes. Built-in default: 5.

Registry: Software\Policies\DeskCoach\Recommended, value snooze_minutes (REG_DWORD).</source>
            <comment>Recommended_snooze_minutes_Help</comment>
            <translation>المدة التي يؤجّل بها «التأجيل» الاستراحة.

ممكّن: تُطبَّق القيمة إلى أن يغيّرها المستخدم في الإعدادات.
غير مكوّن: تُطبَّق القيمة الافتراضية للجهاز في DeskCoach أو القيمة الافتراضية المدمجة.

المسموح: 1-30 دقيقة. القيمة الافتراضية المدمجة: 5.

السجل: Software\Policies\DeskCoach\Recommended، القيمة snooze_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snoozes per break (recommended)</source>
            <comment>Recommended_snoozes_per_break</comment>
            <translation>مرات التأجيل لكل استراحة (موصى به)</translation>
        </message>
        <message>
            <source>How often one break may be snoozed.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 0-5. Built-in default: 2.

Registry: Software\Policies\DeskCoach\Recommended, value snoozes_per_break (REG_DWORD).</source>
            <comment>Recommended_snoozes_per_break_Help</comment>
            <translation>كم مرة يمكن تأجيل استراحة واحدة.

ممكّن: تُطبَّق القيمة إلى أن يغيّرها المستخدم في الإعدادات.
غير مكوّن: تُطبَّق القيمة الافتراضية للجهاز في DeskCoach أو القيمة الافتراضية المدمجة.

المسموح: 0-5. القيمة الافتراضية المدمجة: 2.

السجل: Software\Policies\DeskCoach\Recommended، القيمة snoozes_per_break (REG_DWORD).</translation>
        </message>
        <message>
            <source>Skips per day (recommended)</source>
            <comment>Recommended_daily_skip_budget</comment>
            <translation>مرات التخطي في اليوم (موصى به)</translation>
        </message>
        <message>
            <source>How many breaks may be skipped each day.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 0-20, or -1 for unlimited. Built-in default: 3.

Registry: Software\Policies\DeskCoach\Recommended, value daily_skip_budget (REG_DWORD).

The list offers 0-20 and unlimited (-1), stored as 4294967295.</source>
            <comment>Recommended_daily_skip_budget_Help</comment>
            <translation>كم استراحة يمكن تخطيها كل يوم.

ممكّن: تُطبَّق القيمة إلى أن يغيّرها المستخدم في الإعدادات.
غير مكوّن: تُطبَّق القيمة الافتراضية للجهاز في DeskCoach أو القيمة الافتراضية المدمجة.

المسموح: 0-20، أو -1 لعدد غير محدود. القيمة الافتراضية المدمجة: 3.

السجل: Software\Policies\DeskCoach\Recommended، القيمة daily_skip_budget (REG_DWORD).

تعرض القائمة 0-20 وغير محدود (-1)، ويُخزَّن بالقيمة 4294967295.</translation>
        </message>
        <message>
            <source>Strict mode (recommended)</source>
            <comment>Recommended_strict_mode</comment>
            <translation>الوضع الصارم (موصى به)</translation>
        </message>
        <message>
            <source>Breaks cannot be skipped or snoozed.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach\Recommended, value strict_mode (REG_DWORD).</source>
            <comment>Recommended_strict_mode_Help</comment>
            <translation>لا يمكن تخطي الاستراحات أو تأجيلها.

ممكّن: مفعّل.
معطّل: متوقف.
غير مكوّن: تُطبَّق القيمة الافتراضية للجهاز في DeskCoach أو القيمة الافتراضية المدمجة.

المسموح: مفعّل أو متوقف. القيمة الافتراضية المدمجة: متوقف.

السجل: Software\Policies\DeskCoach\Recommended، القيمة strict_mode (REG_DWORD).</translation>
        </message>
        <message>
            <source>Sound (recommended)</source>
            <comment>Recommended_sound</comment>
            <translation>الصوت (موصى به)</translation>
        </message>
        <message>
            <source>Play a soft cue when a break starts and when it ends (never while a meeting holds breaks).

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value sound (REG_DWORD).</source>
            <comment>Recommended_sound_Help</comment>
            <translation>تشغيل نغمة هادئة عند بدء الاستراحة وعند انتهائها (وليس أبدًا أثناء اجتماع يؤجّل الاستراحات).

ممكّن: مفعّل.
معطّل: متوقف.
غير مكوّن: تُطبَّق القيمة الافتراضية للجهاز في DeskCoach أو القيمة الافتراضية المدمجة.

المسموح: مفعّل أو متوقف. القيمة الافتراضية المدمجة: مفعّل.

السجل: Software\Policies\DeskCoach\Recommended، القيمة sound (REG_DWORD).</translation>
        </message>
        <message>
            <source>Start at login (recommended)</source>
            <comment>Recommended_start_at_login</comment>
            <translation>البدء عند تسجيل الدخول (موصى به)</translation>
        </message>
        <message>
            <source>Start DeskCoach when you log in.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value start_at_login (REG_DWORD).</source>
            <comment>Recommended_start_at_login_Help</comment>
            <translation>شغّل DeskCoach عند تسجيل دخولك.

ممكّن: مفعّل.
معطّل: متوقف.
غير مكوّن: تُطبَّق القيمة الافتراضية للجهاز في DeskCoach أو القيمة الافتراضية المدمجة.

المسموح: مفعّل أو متوقف. القيمة الافتراضية المدمجة: مفعّل.

السجل: Software\Policies\DeskCoach\Recommended، القيمة start_at_login (REG_DWORD).</translation>
        </message>
        <message>
            <source>Reduced motion (recommended)</source>
            <comment>Recommended_reduced_motion</comment>
            <translation>تقليل الحركة (موصى به)</translation>
        </message>
        <message>
            <source>Show still key poses instead of animations.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach\Recommended, value reduced_motion (REG_DWORD).</source>
            <comment>Recommended_reduced_motion_Help</comment>
            <translation>اعرض الوضعيات الأساسية ثابتة بدلًا من الرسوم المتحركة.

ممكّن: مفعّل.
معطّل: متوقف.
غير مكوّن: تُطبَّق القيمة الافتراضية للجهاز في DeskCoach أو القيمة الافتراضية المدمجة.

المسموح: مفعّل أو متوقف. القيمة الافتراضية المدمجة: متوقف.

السجل: Software\Policies\DeskCoach\Recommended، القيمة reduced_motion (REG_DWORD).</translation>
        </message>
        <message>
            <source>Seated only (recommended)</source>
            <comment>Recommended_seated_only</comment>
            <translation>جلوسًا فقط (موصى به)</translation>
        </message>
        <message>
            <source>Only suggest exercises that can be done sitting down.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach\Recommended, value seated_only (REG_DWORD).</source>
            <comment>Recommended_seated_only_Help</comment>
            <translation>اقترح فقط التمارين التي يمكن أداؤها جلوسًا.

ممكّن: مفعّل.
معطّل: متوقف.
غير مكوّن: تُطبَّق القيمة الافتراضية للجهاز في DeskCoach أو القيمة الافتراضية المدمجة.

المسموح: مفعّل أو متوقف. القيمة الافتراضية المدمجة: متوقف.

السجل: Software\Policies\DeskCoach\Recommended، القيمة seated_only (REG_DWORD).</translation>
        </message>
        <message>
            <source>Back movements (recommended)</source>
            <comment>Recommended_spine_preference</comment>
            <translation>حركات الظهر (موصى به)</translation>
        </message>
        <message>
            <source>Leave out forward bends (flexion) or backward bends (extension) if one of them does not feel good.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: any | extension | flexion. Built-in default: any.

Registry: Software\Policies\DeskCoach\Recommended, value spine_preference (REG_SZ).</source>
            <comment>Recommended_spine_preference_Help</comment>
            <translation>استبعد الانحناء إلى الأمام (الثني) أو إلى الخلف (البسط) إذا لم يكن أحدهما مريحًا لك.

ممكّن: تُطبَّق القيمة إلى أن يغيّرها المستخدم في الإعدادات.
غير مكوّن: تُطبَّق القيمة الافتراضية للجهاز في DeskCoach أو القيمة الافتراضية المدمجة.

المسموح: any | extension | flexion. القيمة الافتراضية المدمجة: any.

السجل: Software\Policies\DeskCoach\Recommended، القيمة spine_preference (REG_SZ).</translation>
        </message>
        <message>
            <source>Regions to leave out (recommended)</source>
            <comment>Recommended_avoid_regions</comment>
            <translation>المناطق المستبعدة (موصى به)</translation>
        </message>
        <message>
            <source>Body regions DeskCoach should not suggest exercises for.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: a list of up to 64 of: neck, upper_back, shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body (one per line). Built-in default: (none).

Registry: Software\Policies\DeskCoach\Recommended, value avoid_regions (REG_MULTI_SZ).</source>
            <comment>Recommended_avoid_regions_Help</comment>
            <translation>مناطق الجسم التي لا ينبغي أن يقترح DeskCoach تمارين لها.

ممكّن: تُطبَّق القيمة إلى أن يغيّرها المستخدم في الإعدادات.
غير مكوّن: تُطبَّق القيمة الافتراضية للجهاز في DeskCoach أو القيمة الافتراضية المدمجة.

المسموح: قائمة بما يصل إلى 64 من: neck, upper_back, shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body (عنصر في كل سطر). القيمة الافتراضية المدمجة: (لا شيء).

السجل: Software\Policies\DeskCoach\Recommended، القيمة avoid_regions (REG_MULTI_SZ).</translation>
        </message>
        <message>
            <source>Exercises to leave out (recommended)</source>
            <comment>Recommended_avoid_exercises</comment>
            <translation>التمارين المستبعدة (موصى به)</translation>
        </message>
        <message>
            <source>Exercises DeskCoach should never suggest.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: a list of up to 64 of: exercise ids (one per line). Built-in default: (none).

Registry: Software\Policies\DeskCoach\Recommended, value avoid_exercises (REG_MULTI_SZ).</source>
            <comment>Recommended_avoid_exercises_Help</comment>
            <translation>التمارين التي لا ينبغي أن يقترحها DeskCoach أبدًا.

ممكّن: تُطبَّق القيمة إلى أن يغيّرها المستخدم في الإعدادات.
غير مكوّن: تُطبَّق القيمة الافتراضية للجهاز في DeskCoach أو القيمة الافتراضية المدمجة.

المسموح: قائمة بما يصل إلى 64 من: معرّفات التمارين (عنصر في كل سطر). القيمة الافتراضية المدمجة: (لا شيء).

السجل: Software\Policies\DeskCoach\Recommended، القيمة avoid_exercises (REG_MULTI_SZ).</translation>
        </message>
        <message>
            <source>Away after (recommended)</source>
            <comment>Recommended_idle_minutes</comment>
            <translation>الابتعاد بعد (موصى به)</translation>
        </message>
        <message>
            <source>Minutes without keyboard or mouse after which the work timer stops; coming back after at least a break's length counts as a natural break.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 1-30 minutes. Built-in default: 5.

Registry: Software\Policies\DeskCoach\Recommended, value idle_minutes (REG_DWORD).</source>
            <comment>Recommended_idle_minutes_Help</comment>
            <translation>عدد الدقائق بلا لوحة مفاتيح أو فأرة التي يتوقف بعدها مؤقت العمل؛ والعودة بعد مدة استراحة على الأقل تُحتسب استراحة طبيعية.

ممكّن: تُطبَّق القيمة إلى أن يغيّرها المستخدم في الإعدادات.
غير مكوّن: تُطبَّق القيمة الافتراضية للجهاز في DeskCoach أو القيمة الافتراضية المدمجة.

المسموح: 1-30 دقيقة. القيمة الافتراضية المدمجة: 5.

السجل: Software\Policies\DeskCoach\Recommended، القيمة idle_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Wait for full-screen apps (recommended)</source>
            <comment>Recommended_defer_fullscreen</comment>
            <translation>انتظار التطبيقات بملء الشاشة (موصى به)</translation>
        </message>
        <message>
            <source>Hold a break while a full-screen app or presentation is in front.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value defer_fullscreen (REG_DWORD).</source>
            <comment>Recommended_defer_fullscreen_Help</comment>
            <translation>أبقِ الاستراحة معلّقة ما دام تطبيق بملء الشاشة أو عرض تقديمي في المقدمة.

ممكّن: مفعّل.
معطّل: متوقف.
غير مكوّن: تُطبَّق القيمة الافتراضية للجهاز في DeskCoach أو القيمة الافتراضية المدمجة.

المسموح: مفعّل أو متوقف. القيمة الافتراضية المدمجة: مفعّل.

السجل: Software\Policies\DeskCoach\Recommended، القيمة defer_fullscreen (REG_DWORD).</translation>
        </message>
        <message>
            <source>Wait for meetings (recommended)</source>
            <comment>Recommended_defer_meetings</comment>
            <translation>انتظار الاجتماعات (موصى به)</translation>
        </message>
        <message>
            <source>Hold a break while another app uses the camera or microphone.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value defer_meetings (REG_DWORD).</source>
            <comment>Recommended_defer_meetings_Help</comment>
            <translation>أبقِ الاستراحة معلّقة ما دام تطبيق آخر يستخدم الكاميرا أو الميكروفون.

ممكّن: مفعّل.
معطّل: متوقف.
غير مكوّن: تُطبَّق القيمة الافتراضية للجهاز في DeskCoach أو القيمة الافتراضية المدمجة.

المسموح: مفعّل أو متوقف. القيمة الافتراضية المدمجة: مفعّل.

السجل: Software\Policies\DeskCoach\Recommended، القيمة defer_meetings (REG_DWORD).</translation>
        </message>
        <message>
            <source>Longest wait (recommended)</source>
            <comment>Recommended_max_defer_minutes</comment>
            <translation>أطول انتظار (موصى به)</translation>
        </message>
        <message>
            <source>After this long a held break gives a gentle reminder.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 5-240 minutes. Built-in default: 60.

Registry: Software\Policies\DeskCoach\Recommended, value max_defer_minutes (REG_DWORD).</source>
            <comment>Recommended_max_defer_minutes_Help</comment>
            <translation>بعد هذه المدة تعطي الاستراحة المعلّقة تذكيرًا لطيفًا.

ممكّن: تُطبَّق القيمة إلى أن يغيّرها المستخدم في الإعدادات.
غير مكوّن: تُطبَّق القيمة الافتراضية للجهاز في DeskCoach أو القيمة الافتراضية المدمجة.

المسموح: 5-240 دقيقة. القيمة الافتراضية المدمجة: 60.

السجل: Software\Policies\DeskCoach\Recommended، القيمة max_defer_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Working hours (recommended)</source>
            <comment>Recommended_working_hours</comment>
            <translation>ساعات العمل (موصى به)</translation>
        </message>
        <message>
            <source>e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always. Built-in default: (empty).

Registry: Software\Policies\DeskCoach\Recommended, value working_hours (REG_SZ).</source>
            <comment>Recommended_working_hours_Help</comment>
            <translation>مثال: mon-fri 08:30-12:30,13:30-17:30؛ تركه فارغًا يعني دائمًا.

ممكّن: تُطبَّق القيمة إلى أن يغيّرها المستخدم في الإعدادات.
غير مكوّن: تُطبَّق القيمة الافتراضية للجهاز في DeskCoach أو القيمة الافتراضية المدمجة.

المسموح: مثال: mon-fri 08:30-12:30,13:30-17:30؛ تركه فارغًا يعني دائمًا. القيمة الافتراضية المدمجة: (فارغ).

السجل: Software\Policies\DeskCoach\Recommended، القيمة working_hours (REG_SZ).</translation>
        </message>
        <message>
            <source>Checklist reminders (recommended)</source>
            <comment>Recommended_checklist_reminders</comment>
            <translation>تذكيرات قائمة التحقق (موصى به)</translation>
        </message>
        <message>
            <source>Remind me of open workstation actions and when a fresh check is due.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value checklist_reminders (REG_DWORD).</source>
            <comment>Recommended_checklist_reminders_Help</comment>
            <translation>ذكّرني بإجراءات مكان العمل المفتوحة وبموعد الفحص الجديد.

ممكّن: مفعّل.
معطّل: متوقف.
غير مكوّن: تُطبَّق القيمة الافتراضية للجهاز في DeskCoach أو القيمة الافتراضية المدمجة.

المسموح: مفعّل أو متوقف. القيمة الافتراضية المدمجة: مفعّل.

السجل: Software\Policies\DeskCoach\Recommended، القيمة checklist_reminders (REG_DWORD).</translation>
        </message>
        <message>
            <source>Fresh check after (recommended)</source>
            <comment>Recommended_reassess_months</comment>
            <translation>فحص جديد بعد (موصى به)</translation>
        </message>
        <message>
            <source>Months after a workstation check until DeskCoach suggests a new one.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 1-24 months. Built-in default: 6.

Registry: Software\Policies\DeskCoach\Recommended, value reassess_months (REG_DWORD).</source>
            <comment>Recommended_reassess_months_Help</comment>
            <translation>عدد الأشهر بعد فحص مكان العمل حتى يقترح DeskCoach فحصًا جديدًا.

ممكّن: تُطبَّق القيمة إلى أن يغيّرها المستخدم في الإعدادات.
غير مكوّن: تُطبَّق القيمة الافتراضية للجهاز في DeskCoach أو القيمة الافتراضية المدمجة.

المسموح: 1-24 شهر. القيمة الافتراضية المدمجة: 6.

السجل: Software\Policies\DeskCoach\Recommended، القيمة reassess_months (REG_DWORD).</translation>
        </message>
        <message>
            <source>Streak goal (recommended)</source>
            <comment>Recommended_goal_percent</comment>
            <translation>هدف السلسلة (موصى به)</translation>
        </message>
        <message>
            <source>The share of the day's due breaks to take for the day to join your streak on the progress dashboard.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 10-100 %. Built-in default: 80.

Registry: Software\Policies\DeskCoach\Recommended, value goal_percent (REG_DWORD).</source>
            <comment>Recommended_goal_percent_Help</comment>
            <translation>نسبة الاستراحات المستحقة في اليوم التي يجب أخذها ليُضاف اليوم إلى سلسلتك في لوحة معلومات التقدم.

ممكّن: تُطبَّق القيمة إلى أن يغيّرها المستخدم في الإعدادات.
غير مكوّن: تُطبَّق القيمة الافتراضية للجهاز في DeskCoach أو القيمة الافتراضية المدمجة.

المسموح: 10-100 %. القيمة الافتراضية المدمجة: 80.

السجل: Software\Policies\DeskCoach\Recommended، القيمة goal_percent (REG_DWORD).</translation>
        </message>
        <message>
            <source>Eye breaks every (recommended)</source>
            <comment>Recommended_eye_break_minutes</comment>
            <translation>استراحات العينين كل (موصى به)</translation>
        </message>
        <message>
            <source>A 20-second prompt to look into the distance, between movement breaks (0 = off).

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 5-60 minutes, or 0 for off. Built-in default: 20.

Registry: Software\Policies\DeskCoach\Recommended, value eye_break_minutes (REG_DWORD).

The list offers 5-60 and off (0), stored as 0.</source>
            <comment>Recommended_eye_break_minutes_Help</comment>
            <translation>تنبيه لمدة 20 ثانية للنظر إلى البعيد، بين استراحات الحركة (0 = متوقف).

ممكّن: تُطبَّق القيمة إلى أن يغيّرها المستخدم في الإعدادات.
غير مكوّن: تُطبَّق القيمة الافتراضية للجهاز في DeskCoach أو القيمة الافتراضية المدمجة.

المسموح: 5-60 دقيقة، أو 0 للإيقاف. القيمة الافتراضية المدمجة: 20.

السجل: Software\Policies\DeskCoach\Recommended، القيمة eye_break_minutes (REG_DWORD).

تعرض القائمة 5-60 ومتوقف (0)، ويُخزَّن بالقيمة 0.</translation>
        </message>
        <message>
            <source>Daily anchors (recommended)</source>
            <comment>Recommended_daily_anchors</comment>
            <translation>المحطات اليومية (موصى به)</translation>
        </message>
        <message>
            <source>Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none. Built-in default: (empty).

Registry: Software\Policies\DeskCoach\Recommended, value daily_anchors (REG_SZ).</source>
            <comment>Recommended_daily_anchors_Help</comment>
            <translation>روتينات اختيارية مدتها خمس دقائق في لحظات تلتزم بها أصلًا، مثل coffee 08:30, lunch 12:30, end of day 17:15؛ تركه فارغًا يعني لا شيء.

ممكّن: تُطبَّق القيمة إلى أن يغيّرها المستخدم في الإعدادات.
غير مكوّن: تُطبَّق القيمة الافتراضية للجهاز في DeskCoach أو القيمة الافتراضية المدمجة.

المسموح: روتينات اختيارية مدتها خمس دقائق في لحظات تلتزم بها أصلًا، مثل coffee 08:30, lunch 12:30, end of day 17:15؛ تركه فارغًا يعني لا شيء. القيمة الافتراضية المدمجة: (فارغ).

السجل: Software\Policies\DeskCoach\Recommended، القيمة daily_anchors (REG_SZ).</translation>
        </message>
        <message>
            <source>Volume (recommended)</source>
            <comment>Recommended_sound_volume</comment>
            <translation>مستوى الصوت (موصى به)</translation>
        </message>
        <message>
            <source>How loud the break cues are.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 0-100 %. Built-in default: 60.

Registry: Software\Policies\DeskCoach\Recommended, value sound_volume (REG_DWORD).</source>
            <comment>Recommended_sound_volume_Help</comment>
            <translation>مدى ارتفاع نغمات الاستراحة.

ممكّن: تُطبَّق القيمة إلى أن يغيّرها المستخدم في الإعدادات.
غير مكوّن: تُطبَّق القيمة الافتراضية للجهاز في DeskCoach أو القيمة الافتراضية المدمجة.

المسموح: 0-100 %. القيمة الافتراضية المدمجة: 60.

السجل: Software\Policies\DeskCoach\Recommended، القيمة sound_volume (REG_DWORD).</translation>
        </message>
        <message>
            <source>Cue (recommended)</source>
            <comment>Recommended_sound_cue</comment>
            <translation>النغمة (موصى به)</translation>
        </message>
        <message>
            <source>Which of DeskCoach's sounds the cues use.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: chime | bell | soft. Built-in default: chime.

Registry: Software\Policies\DeskCoach\Recommended, value sound_cue (REG_SZ).</source>
            <comment>Recommended_sound_cue_Help</comment>
            <translation>أي أصوات DeskCoach تستخدمها النغمات.

ممكّن: تُطبَّق القيمة إلى أن يغيّرها المستخدم في الإعدادات.
غير مكوّن: تُطبَّق القيمة الافتراضية للجهاز في DeskCoach أو القيمة الافتراضية المدمجة.

المسموح: chime | bell | soft. القيمة الافتراضية المدمجة: chime.

السجل: Software\Policies\DeskCoach\Recommended، القيمة sound_cue (REG_SZ).</translation>
        </message>
        <message>
            <source>Break window on (recommended)</source>
            <comment>Recommended_break_screens</comment>
            <translation>نافذة الاستراحة على (موصى به)</translation>
        </message>
        <message>
            <source>pointer: the screen with the mouse pointer; primary: the main screen; all: the break on the pointer's screen and a calm dimmed panel on the others (it never blocks input).

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: pointer | primary | all. Built-in default: pointer.

Registry: Software\Policies\DeskCoach\Recommended, value break_screens (REG_SZ).</source>
            <comment>Recommended_break_screens_Help</comment>
            <translation>pointer: الشاشة التي عليها مؤشر الفأرة؛ primary: الشاشة الرئيسية؛ all: الاستراحة على شاشة المؤشر ولوحة هادئة معتمة على الشاشات الأخرى (لا تمنع الإدخال أبدًا).

ممكّن: تُطبَّق القيمة إلى أن يغيّرها المستخدم في الإعدادات.
غير مكوّن: تُطبَّق القيمة الافتراضية للجهاز في DeskCoach أو القيمة الافتراضية المدمجة.

المسموح: pointer | primary | all. القيمة الافتراضية المدمجة: pointer.

السجل: Software\Policies\DeskCoach\Recommended، القيمة break_screens (REG_SZ).</translation>
        </message>
        <message>
            <source>Colours (recommended)</source>
            <comment>Recommended_theme</comment>
            <translation>الألوان (موصى به)</translation>
        </message>
        <message>
            <source>Light or dark windows; system follows your desktop's colour scheme.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: system | light | dark. Built-in default: system.

Registry: Software\Policies\DeskCoach\Recommended, value theme (REG_SZ).</source>
            <comment>Recommended_theme_Help</comment>
            <translation>نوافذ فاتحة أو داكنة؛ system يتبع نظام ألوان سطح المكتب.

ممكّن: تُطبَّق القيمة إلى أن يغيّرها المستخدم في الإعدادات.
غير مكوّن: تُطبَّق القيمة الافتراضية للجهاز في DeskCoach أو القيمة الافتراضية المدمجة.

المسموح: system | light | dark. القيمة الافتراضية المدمجة: system.

السجل: Software\Policies\DeskCoach\Recommended، القيمة theme (REG_SZ).</translation>
        </message>
        <message>
            <source>Language (recommended)</source>
            <comment>Recommended_language</comment>
            <translation>اللغة (موصى به)</translation>
        </message>
        <message>
            <source>The language of DeskCoach's menus, exercises and messages; system follows your desktop. It applies at once; windows already open change when you open them again.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: system | en | de | fr | es | it | nl | pt_BR | ja | ar. Built-in default: system.

Registry: Software\Policies\DeskCoach\Recommended, value language (REG_SZ).</source>
            <comment>Recommended_language_Help</comment>
            <translation>لغة قوائم DeskCoach وتمارينه ورسائله؛ system يتبع سطح المكتب. تُطبَّق فورًا؛ وتتغيّر النوافذ المفتوحة عندما تفتحها مرة أخرى.

ممكّن: تُطبَّق القيمة إلى أن يغيّرها المستخدم في الإعدادات.
غير مكوّن: تُطبَّق القيمة الافتراضية للجهاز في DeskCoach أو القيمة الافتراضية المدمجة.

المسموح: system | en | de | fr | es | it | nl | pt_BR | ja | ar. القيمة الافتراضية المدمجة: system.

السجل: Software\Policies\DeskCoach\Recommended، القيمة language (REG_SZ).</translation>
        </message>
        <message>
            <source>DeskCoach 0.1 or later</source>
            <comment>SUPPORTED_DeskCoach_0_1</comment>
            <translation>DeskCoach 0.1 أو أحدث</translation>
        </message>
    </context>
    <context>
        <name>man</name>
        <message>
            <source>.SH NAME
deskcoach \- calm system-tray coach for short movement breaks</source>
            <comment>block 1</comment>
            <translation>.SH الاسم
deskcoach \- مدرّب هادئ في علبة النظام لاستراحات الحركة القصيرة</translation>
        </message>
        <message>
            <source>.SH SYNOPSIS
.B deskcoach
.RB [ \-\-profile
.IR DIR ]
.RB [ \-\-time\-scale
.IR N ]
.RI [ COMMAND " [" ARGS ...]]
.br
.B deskcoach \-\-version</source>
            <comment>block 2</comment>
            <translation>.SH الاستخدام
.B deskcoach
.RB [ \-\-profile
.IR DIR ]
.RB [ \-\-time\-scale
.IR N ]
.RI [ COMMAND " [" ARGS ...]]
.br
.B deskcoach \-\-version</translation>
        </message>
        <message>
            <source>.SH DESCRIPTION
.B DeskCoach
runs a work timer in the system tray and, when a break is due, guides a short
movement break on screen without taking the keyboard focus. With no
.IR COMMAND ,
it starts the tray app; if it is already running for this user, nothing else starts.
The other commands print information or drive the running app.</source>
            <comment>block 3</comment>
            <translation>.SH الوصف
.B DeskCoach
يشغّل مؤقتًا للعمل في علبة النظام، وعندما يحين موعد الاستراحة يرشدك إلى استراحة حركة قصيرة
على الشاشة من دون أن يأخذ تركيز لوحة المفاتيح. من دون
.IR COMMAND ،
يشغّل تطبيق علبة النظام؛ وإذا كان يعمل بالفعل لهذا المستخدم، فلا يبدأ شيء آخر.
أما الأوامر الأخرى فتطبع معلومات أو تتحكم في التطبيق قيد التشغيل.</translation>
        </message>
        <message>
            <source>.PP
DeskCoach gives general movement guidance, not medical advice.</source>
            <comment>block 4</comment>
            <translation>.PP
يقدّم DeskCoach إرشادات عامة للحركة، لا نصيحة طبية.</translation>
        </message>
        <message>
            <source>.SH OPTIONS</source>
            <comment>block 5</comment>
            <translation>.SH الخيارات</translation>
        </message>
        <message>
            <source>.TP
.BI \-\-profile " DIR"
Keep all settings and data under
.I DIR
(portable mode) instead of the per-user folders.</source>
            <comment>block 6</comment>
            <translation>.TP
.BI \-\-profile " DIR"
احفظ كل الإعدادات والبيانات في
.I DIR
(الوضع المحمول) بدلًا من مجلدات كل مستخدم.</translation>
        </message>
        <message>
            <source>.TP
.BI \-\-time\-scale " N"
Run every duration
.I N
times faster (demonstrations and tests).</source>
            <comment>block 7</comment>
            <translation>.TP
.BI \-\-time\-scale " N"
شغّل كل مدة أسرع بـ
.I N
مرة (للعروض والاختبارات).</translation>
        </message>
        <message>
            <source>.TP
.B \-\-version
Print the version and exit.</source>
            <comment>block 8</comment>
            <translation>.TP
.B \-\-version
اطبع الإصدار واخرج.</translation>
        </message>
        <message>
            <source>.TP
.BR \-h ", " \-\-help
Print the commands and options; each command also takes
.BR \-\-help .</source>
            <comment>block 9</comment>
            <translation>.TP
.BR \-h ", " \-\-help
اطبع الأوامر والخيارات؛ ويقبل كل أمر أيضًا
.BR \-\-help .</translation>
        </message>
        <message>
            <source>.SH COMMANDS</source>
            <comment>block 10</comment>
            <translation>.SH الأوامر</translation>
        </message>
        <message>
            <source>.TP
.B run
Start the tray app (the default).</source>
            <comment>block 11</comment>
            <translation>.TP
.B run
شغّل تطبيق علبة النظام (الافتراضي).</translation>
        </message>
        <message>
            <source>.TP
.BR status " [" \-\-json ]
What the running app is doing.</source>
            <comment>block 12</comment>
            <translation>.TP
.BR status " [" \-\-json ]
ما يفعله التطبيق قيد التشغيل.</translation>
        </message>
        <message>
            <source>.TP
.BR break\-now " [" \-\-exercise
.IR ID ]
Take a break now.</source>
            <comment>block 13</comment>
            <translation>.TP
.BR break\-now " [" \-\-exercise
.IR ID ]
خذ استراحة الآن.</translation>
        </message>
        <message>
            <source>.TP
.BI pause " LENGTH"
Pause breaks: 30m, 1h, 1h30m and so on up to 24h, or tomorrow.</source>
            <comment>block 14</comment>
            <translation>.TP
.BI pause " LENGTH"
أوقف الاستراحات مؤقتًا: 30m أو 1h أو 1h30m وهكذا حتى 24h، أو tomorrow.</translation>
        </message>
        <message>
            <source>.TP
.BR resume ", " skip\-next ", " snooze ", " done ", " swap ", " quit
Drive the running app: end a pause, skip the break on screen or the next one, snooze or
finish the break on screen, swap its exercise, quit.</source>
            <comment>block 15</comment>
            <translation>.TP
.BR resume ", " skip\-next ", " snooze ", " done ", " swap ", " quit
تحكّم في التطبيق قيد التشغيل: أنهِ الإيقاف المؤقت، أو تخطَّ الاستراحة المعروضة أو التالية، أو أجّل
الاستراحة المعروضة أو أنهِها، أو استبدل تمرينها، أو أنهِ التطبيق.</translation>
        </message>
        <message>
            <source>.TP
.BR exercises " [" show
.IR ID ]
List the exercise catalogue, or print one exercise.</source>
            <comment>block 16</comment>
            <translation>.TP
.BR exercises " [" show
.IR ID ]
اعرض قائمة التمارين، أو اطبع تمرينًا واحدًا.</translation>
        </message>
        <message>
            <source>.TP
.BR checklist " items|export"
The workstation checklist: list its questions, or export an assessment as PDF or JSON.</source>
            <comment>block 17</comment>
            <translation>.TP
.BR checklist " items|export"
قائمة التحقق الخاصة بمكان العمل: اعرض أسئلتها، أو صدّر تقييمًا بصيغة PDF أو JSON.</translation>
        </message>
        <message>
            <source>.TP
.BR stats " [" \-\-days
.IR N " | " \-\-since
.IR DATE " | " \-\-summary ]
Breaks per day, as a table, CSV or JSON; with \-\-summary, the progress dashboard's headline
figures (today, this week against last, the streak, minutes moved, regions) over all history.</source>
            <comment>block 18</comment>
            <translation>.TP
.BR stats " [" \-\-days
.IR N " | " \-\-since
.IR DATE " | " \-\-summary ]
الاستراحات في اليوم، في جدول أو CSV أو JSON؛ ومع \-\-summary، الأرقام الرئيسية في لوحة معلومات التقدم
(اليوم، وهذا الأسبوع مقابل الماضي، والسلسلة، ودقائق الحركة، والمناطق) على امتداد السجل كله.</translation>
        </message>
        <message>
            <source>.TP
.B checkin \-\-pain \fIN\fP [\-\-region \fIR\fP] [\-\-exercise \fIID\fP]
Log how your body feels now (0-10); the coach paces each exercise's level by these answers.</source>
            <comment>block 19</comment>
            <translation>.TP
.B checkin \-\-pain \fIN\fP [\-\-region \fIR\fP] [\-\-exercise \fIID\fP]
سجّل كيف يشعر جسمك الآن (0-10)؛ ويضبط المدرّب مستوى كل تمرين وفق هذه الإجابات.</translation>
        </message>
        <message>
            <source>.TP
.B log [\-\-days \fIN\fP] [\-\-format table|csv|json] [\-\-pdf \fIFILE\fP]
Your check-ins and the plan's changes; with \-\-pdf, a one-page log for a clinician.</source>
            <comment>block 20</comment>
            <translation>.TP
.B log [\-\-days \fIN\fP] [\-\-format table|csv|json] [\-\-pdf \fIFILE\fP]
تسجيلات حالتك وتغييرات الخطة؛ ومع \-\-pdf، سجل من صفحة واحدة لمختص صحي.</translation>
        </message>
        <message>
            <source>.TP
.BR programme " list|show|start|stop|status"
Multi-week programmes in phases: list them (with suggestions), show one, start, stop, or
show the running one's phase and week.</source>
            <comment>block 21</comment>
            <translation>.TP
.BR programme " list|show|start|stop|status"
برامج متعددة الأسابيع على مراحل: اعرض قائمتها (مع اقتراحات)، أو اعرض واحدًا، أو ابدأ، أو أوقف، أو
اعرض مرحلة البرنامج قيد التشغيل وأسبوعه.</translation>
        </message>
        <message>
            <source>.TP
.BI export " FILE" "\fR, \fPimport" " FILE"
Write all your data to a JSON file, or merge such a file into this profile.</source>
            <comment>block 22</comment>
            <translation>.TP
.BI export " FILE" "\fR, \fPimport" " FILE"
اكتب كل بياناتك في ملف JSON، أو ادمج ملفًا كهذا في هذا الملف الشخصي.</translation>
        </message>
        <message>
            <source>.TP
.BR config " show|set|validate"
Show every effective setting and where it comes from, set one, or check a settings file.</source>
            <comment>block 23</comment>
            <translation>.TP
.BR config " show|set|validate"
اعرض كل إعداد ساري ومصدره، أو اضبط إعدادًا، أو افحص ملف إعدادات.</translation>
        </message>
        <message>
            <source>.TP
.BR policy " show|validate"
Show the organisation's effective policy and its sources, or check a policy file.</source>
            <comment>block 24</comment>
            <translation>.TP
.BR policy " show|validate"
اعرض سياسة المؤسسة السارية ومصادرها، أو افحص ملف سياسة.</translation>
        </message>
        <message>
            <source>.TP
.B doctor
Which idle, full-screen and meeting detectors work on this desktop.</source>
            <comment>block 25</comment>
            <translation>.TP
.B doctor
أدوات رصد الخمول وملء الشاشة والاجتماعات التي تعمل على سطح المكتب هذا.</translation>
        </message>
        <message>
            <source>.TP
.B safety
When to get help: the signs that need emergency care now, a clinician soon, or stopping the
exercise. General movement guidance, not medical advice.</source>
            <comment>block 26</comment>
            <translation>.TP
.B safety
متى تطلب المساعدة: العلامات التي تستدعي رعاية طارئة الآن، أو مختصًا صحيًا قريبًا، أو إيقاف
التمرين. إرشادات عامة للحركة، لا نصيحة طبية.</translation>
        </message>
        <message>
            <source>.SH EXIT STATUS
0 done; 1 DeskCoach is not running, or something failed; 2 refused (a bad value, an action
the current state, settings or policy do not allow, an invalid file).</source>
            <comment>block 27</comment>
            <translation>.SH حالة الخروج
0 تم؛ 1 لا يعمل DeskCoach، أو فشل شيء ما؛ 2 مرفوض (قيمة غير صالحة، أو إجراء لا تسمح به
الحالة الراهنة أو الإعدادات أو السياسة، أو ملف غير صالح).</translation>
        </message>
        <message>
            <source>.SH FILES</source>
            <comment>block 28</comment>
            <translation>.SH الملفات</translation>
        </message>
        <message>
            <source>.TP
.I ~/.config/DeskCoach/settings.toml
The user's settings.</source>
            <comment>block 29</comment>
            <translation>.TP
.I ~/.config/DeskCoach/settings.toml
إعدادات المستخدم.</translation>
        </message>
        <message>
            <source>.TP
.I ~/.local/share/DeskCoach/history.sqlite3
Break history, kept on this computer only.</source>
            <comment>block 30</comment>
            <translation>.TP
.I ~/.local/share/DeskCoach/history.sqlite3
سجل الاستراحات، محفوظ على هذا الحاسوب فقط.</translation>
        </message>
        <message>
            <source>.TP
.I /etc/deskcoach/policy.json
Organisation policy: mandatory and recommended settings, limits and machine defaults; also
every
.I *.json
file in
.I /etc/deskcoach/managed/
and
.IR /etc/deskcoach/recommended/ .
These files are the administrator's: the package does not install or remove them.</source>
            <comment>block 31</comment>
            <translation>.TP
.I /etc/deskcoach/policy.json
سياسة المؤسسة: الإعدادات الإلزامية والموصى بها والحدود والقيم الافتراضية للجهاز؛ وكذلك
كل ملف
.I *.json
في
.I /etc/deskcoach/managed/
و
.IR /etc/deskcoach/recommended/ .
هذه الملفات خاصة بالمسؤول: الحزمة لا تثبّتها ولا تزيلها.</translation>
        </message>
        <message>
            <source>.TP
.I /usr/share/doc/deskcoach/example-policy.json
An example policy to start from, with its JSON Schema,
.IR policy.schema.json .</source>
            <comment>block 32</comment>
            <translation>.TP
.I /usr/share/doc/deskcoach/example-policy.json
مثال على سياسة للانطلاق منه، مع مخطط JSON الخاص به،
.IR policy.schema.json .</translation>
        </message>
        <message>
            <source>.TP
.I /etc/xdg/autostart/io.github.deskcoach.DeskCoach.desktop
Starts DeskCoach at every user's login. Turning "Start at login" off in DeskCoach's
settings writes
.I ~/.config/autostart/io.github.deskcoach.DeskCoach.desktop
with
.BR Hidden=true ,
which overrides it for that user.</source>
            <comment>block 33</comment>
            <translation>.TP
.I /etc/xdg/autostart/io.github.deskcoach.DeskCoach.desktop
يشغّل DeskCoach عند تسجيل دخول كل مستخدم. إيقاف «البدء عند تسجيل الدخول» في إعدادات DeskCoach
يكتب
.I ~/.config/autostart/io.github.deskcoach.DeskCoach.desktop
مع
.BR Hidden=true ،
مما يتجاوزه لذلك المستخدم.</translation>
        </message>
        <message>
            <source>.SH SEE ALSO
The administrator's guide and the policy schema in DeskCoach's source,
.IR packaging/ .</source>
            <comment>block 34</comment>
            <translation>.SH انظر أيضًا
دليل المسؤول ومخطط السياسة في شيفرة DeskCoach المصدرية،
.IR packaging/ .</translation>
        </message>
    </context>
    <context>
        <name>man-heading</name>
        <message>
            <source>NAME</source>
            <comment>man page section heading (capitals): NAME</comment>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>SYNOPSIS</source>
            <comment>man page section heading (capitals): SYNOPSIS</comment>
            <translation>الخلاصة</translation>
        </message>
        <message>
            <source>DESCRIPTION</source>
            <comment>man page section heading (capitals): DESCRIPTION</comment>
            <translation>الوصف</translation>
        </message>
        <message>
            <source>OPTIONS</source>
            <comment>man page section heading (capitals): OPTIONS</comment>
            <translation>الخيارات</translation>
        </message>
        <message>
            <source>COMMANDS</source>
            <comment>man page section heading (capitals): COMMANDS</comment>
            <translation>الأوامر</translation>
        </message>
        <message>
            <source>EXIT STATUS</source>
            <comment>man page section heading (capitals): EXIT STATUS</comment>
            <translation>حالة الخروج</translation>
        </message>
        <message>
            <source>FILES</source>
            <comment>man page section heading (capitals): FILES</comment>
            <translation>الملفات</translation>
        </message>
        <message>
            <source>SEE ALSO</source>
            <comment>man page section heading (capitals): SEE ALSO</comment>
            <translation>انظر أيضًا</translation>
        </message>
    </context>
</TS>
