<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>A break is waiting</source>
        <extracomment>The rest of starting waits this long after the icon is shown: the event loop goes idle, so the dock request reaches the tray host and the icon is placed before the scheduler, content and detectors load (run at once, they kept the request unsent for 50-100 ms).</extracomment>
        <translation>استراحة بانتظارك</translation>
    </message>
    <message>
        <source>Your break has waited %1 minutes for a meeting or full-screen app. Take it when you can; it appears as soon as you are done.</source>
        <translation>انتظرت استراحتك %1 من الدقائق بسبب اجتماع أو تطبيق بملء الشاشة. خذها حين تستطيع؛ ستظهر بمجرد أن تنتهي.</translation>
    </message>
    <message>
        <source>DeskCoach workstation check</source>
        <translation>فحص مكان العمل في DeskCoach</translation>
    </message>
    <message>
        <source>DeskCoach: some files could not be used</source>
        <translation>تعذّر على DeskCoach استخدام بعض الملفات</translation>
    </message>
    <message>
        <source>The workstation checklist could not be loaded.</source>
        <translation>تعذّر تحميل قائمة التحقق الخاصة بمكان العمل.</translation>
    </message>
    <message>
        <source>DeskCoach cannot open its control socket: %1.</source>
        <translation>لا يستطيع DeskCoach فتح مقبس التحكم الخاص به: %1.</translation>
    </message>
    <message>
        <source>DeskCoach is already running for this profile.</source>
        <translation>DeskCoach يعمل بالفعل لهذا الملف الشخصي.</translation>
    </message>
    <message>
        <source>%1, step %2 of %3: %4</source>
        <translation>%1، الخطوة %2 من %3: %4</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>%1: five minutes for your body</source>
        <translation>%1: خمس دقائق لجسمك</translation>
    </message>
    <message>
        <source>%1. Click here to start.</source>
        <translation>%1. انقر هنا للبدء.</translation>
    </message>
    <message>
        <source>Stand up, reach both arms overhead, and take 10 slow breaths.</source>
        <translation>قف، ومُدَّ ذراعيك كلتيهما فوق رأسك، وخذ 10 أنفاس بطيئة.</translation>
    </message>
    <message>
        <source>MOVEMENT BREAK</source>
        <translation>استراحة حركة</translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>حان وقت الحركة</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>ما عليك فعله</translation>
    </message>
    <message>
        <source>Break progress</source>
        <translation>تقدّم الاستراحة</translation>
    </message>
    <message>
        <source>The timer waits while you keep working; step away to let it run.</source>
        <translation>ينتظر المؤقت ما دمت تواصل العمل؛ ابتعد عن الجهاز ليبدأ العدّ.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;تم</translation>
    </message>
    <message>
        <source>Done: finish the break now</source>
        <translation>تم: إنهاء الاستراحة الآن</translation>
    </message>
    <message>
        <source>S&amp;wap exercise</source>
        <translation>&amp;بدّل التمرين</translation>
    </message>
    <message>
        <source>Swap this exercise for another</source>
        <translation>استبدل هذا التمرين بتمرين آخر</translation>
    </message>
    <message>
        <source>Exercise &amp;info</source>
        <translation>&amp;معلومات التمرين</translation>
    </message>
    <message>
        <source>This exercise&apos;s cautions and who should leave it out</source>
        <translation>تنبيهات هذا التمرين ومن ينبغي أن يتجنبه</translation>
    </message>
    <message>
        <source>When to get &amp;help</source>
        <translation>متى تطلب ال&amp;مساعدة</translation>
    </message>
    <message>
        <source>BEFORE YOUR FIRST MOVEMENT BREAK</source>
        <translation>قبل استراحة الحركة الأولى</translation>
    </message>
    <message>
        <source>Move gently, and listen to your body</source>
        <translation>تحرّك برفق، واستمع إلى جسمك</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>ملاحظة للسلامة</translation>
    </message>
    <message>
        <source>&amp;I understand, show the exercises</source>
        <translation>&amp;فهمت، اعرض التمارين</translation>
    </message>
    <message>
        <source>DeskCoach suggests gentle, general movements. It is not medical advice.

Move within a comfortable range and never bounce. Stop if a movement hurts, tingles, goes numb, sends symptoms into an arm or leg, makes you dizzy or makes pain worse.

Get emergency care now for loss of bladder or bowel control, numbness around the genitals or buttocks, new weakness in the legs, or chest pain. See a doctor or physiotherapist before going on if pain spreads below the knee, wakes you at night or keeps getting worse, and after recent surgery or injury, or during pregnancy.

&quot;When to get help&quot; (below, and in the tray menu) lists every sign.</source>
        <translation>يقترح DeskCoach حركات عامة لطيفة. وهذه ليست نصيحة طبية.

تحرّك ضمن مدى مريح ولا تؤدِّ الحركات باهتزاز أبدًا. توقّف إذا سبّبت حركةٌ ألمًا أو وخزًا أو خدرًا، أو امتدت الأعراض إلى ذراع أو ساق، أو أصابك دوار، أو زاد الألم سوءًا.

اطلب الرعاية الطارئة فورًا عند فقدان التحكم في المثانة أو الأمعاء، أو الخدر حول الأعضاء التناسلية أو الأرداف، أو ضعف جديد في الساقين، أو ألم في الصدر. وراجع طبيبًا أو أخصائي علاج طبيعي قبل المتابعة إذا امتد الألم إلى ما تحت الركبة، أو أيقظك ليلًا، أو ظل يزداد سوءًا، وكذلك بعد جراحة أو إصابة حديثة، أو أثناء الحمل.

تجد كل العلامات في «متى تطلب المساعدة» (أدناه، وفي قائمة علبة النظام).</translation>
    </message>
    <message>
        <source>Breath %1 of %2</source>
        <translation>النفَس %1 من %2</translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation>التكرار %1 من %2</translation>
    </message>
    <message>
        <source>Hold %1 s</source>
        <translation>اثبت %1 ث</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>BREAK DONE</source>
        <translation>انتهت الاستراحة</translation>
    </message>
    <message>
        <source>Nice work. How did that feel?</source>
        <translation>أحسنت. كيف كان شعورك؟</translation>
    </message>
    <message>
        <source>One tap helps DeskCoach pick exercises that suit you. Uncomfortable? A short question then asks which exercise.</source>
        <translation>نقرة واحدة تساعد DeskCoach على اختيار تمارين تناسبك. غير مريح؟ يسألك بعدها سؤال قصير عن التمرين المقصود.</translation>
    </message>
    <message>
        <source>Felt &amp;good</source>
        <translation>&amp;جيد</translation>
    </message>
    <message>
        <source>&amp;Neutral</source>
        <translation>&amp;عادي</translation>
    </message>
    <message>
        <source>&amp;Uncomfortable</source>
        <translation>غير م&amp;ريح</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Thanks for telling DeskCoach</source>
        <extracomment>The break window is built this many real seconds before a break falls due, so it shows at once then (building it, with the figure and its stylesheets, takes 50-100 ms); not sooner, so an idle app does not carry it for the whole work stretch.</extracomment>
        <translation>شكرًا لإخبارك DeskCoach</translation>
    </message>
    <message>
        <source>If discomfort keeps coming back, a quick workstation check can help: Checklist... in the menu. See a clinician about pain that persists.</source>
        <translation>إذا تكرر الانزعاج، فقد يفيدك فحص سريع لمكان العمل: «قائمة التحقق...» في القائمة. راجع مختصًا صحيًا بشأن الألم المستمر.</translation>
    </message>
    <message>
        <source>DeskCoach - time to move</source>
        <translation>حان وقت الحركة - DeskCoach</translation>
    </message>
    <message>
        <source>Movement break</source>
        <translation>استراحة حركة</translation>
    </message>
    <message>
        <source>Look at something far away and breathe easily until the break ends.</source>
        <translation>انظر إلى شيء بعيد وتنفّس بارتياح حتى تنتهي الاستراحة.</translation>
    </message>
    <message numerus="yes">
        <source>S&amp;nooze %n min</source>
        <translation>
            <numerusform>&amp;أجّل %n دقيقة</numerusform>
            <numerusform>&amp;أجّل %n دقيقة</numerusform>
            <numerusform>&amp;أجّل دقيقتين</numerusform>
            <numerusform>&amp;أجّل %n دقائق</numerusform>
            <numerusform>&amp;أجّل %n دقيقة</numerusform>
            <numerusform>&amp;أجّل %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze the break for %n minutes</source>
        <translation>
            <numerusform>أجّل الاستراحة %n دقيقة</numerusform>
            <numerusform>أجّل الاستراحة %n دقيقة</numerusform>
            <numerusform>أجّل الاستراحة دقيقتين</numerusform>
            <numerusform>أجّل الاستراحة %n دقائق</numerusform>
            <numerusform>أجّل الاستراحة %n دقيقة</numerusform>
            <numerusform>أجّل الاستراحة %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Movement break. Before it starts: %1</source>
        <translation>استراحة حركة. قبل أن تبدأ: %1</translation>
    </message>
    <message>
        <source>Movement break: %1. %2</source>
        <translation>استراحة حركة: %1. %2</translation>
    </message>
    <message>
        <source>MOVEMENT BREAK  ·  EXERCISE %1 OF %2</source>
        <translation>استراحة حركة  ·  التمرين %1 من %2</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>الخطوة %1 من %2: %3</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>راحة</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>متبقٍّ: %1</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;تخطَّ</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skip (%n left today)</source>
        <translation>
            <numerusform>&amp;تخطَّ (متبقٍّ اليوم: %n)</numerusform>
            <numerusform>&amp;تخطَّ (متبقٍّ اليوم: %n)</numerusform>
            <numerusform>&amp;تخطَّ (متبقٍّ اليوم: %n)</numerusform>
            <numerusform>&amp;تخطَّ (متبقٍّ اليوم: %n)</numerusform>
            <numerusform>&amp;تخطَّ (متبقٍّ اليوم: %n)</numerusform>
            <numerusform>&amp;تخطَّ (متبقٍّ اليوم: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Point at a period for its figures.</source>
        <translation>أشِر إلى فترة لعرض أرقامها.</translation>
    </message>
    <message>
        <source>Details of the period under the pointer</source>
        <translation>تفاصيل الفترة الواقعة تحت المؤشر</translation>
    </message>
    <message>
        <source>Breaks, share taken and longest stretch per period</source>
        <translation>الاستراحات، والنسبة المأخوذة، وأطول فترة عمل متواصل لكل فترة</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>الاستراحات</translation>
    </message>
    <message>
        <source>Taken (%)</source>
        <translation>المأخوذة (%)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>Skipped and missed breaks by weekday and hour</source>
        <translation>الاستراحات المتخطّاة والفائتة حسب يوم الأسبوع والساعة</translation>
    </message>
    <message>
        <source>When breaks get skipped or missed</source>
        <translation>متى تُتخطّى الاستراحات أو تفوت</translation>
    </message>
    <message>
        <source>Skipped or missed</source>
        <translation>متخطّاة أو فائتة</translation>
    </message>
    <message>
        <source>* %1 is not over yet: its figures so far.</source>
        <translation>* لم تنتهِ %1 بعد: هذه أرقامها حتى الآن.</translation>
    </message>
    <message>
        <source>Share of due breaks taken; dashed: your %1 goal; no dot: nothing due</source>
        <translation>نسبة الاستراحات المستحقة التي أُخذت؛ الخط المتقطع: هدفك %1؛ بلا نقطة: لا شيء مستحق</translation>
    </message>
    <message>
        <source>Longest time without a break; dashed: your %1 min interval</source>
        <translation>أطول مدة بلا استراحة؛ الخط المتقطع: الفاصل الذي حددته (%1 د)</translation>
    </message>
    <message>
        <source>Hour the break fell due</source>
        <translation>الساعة التي استحقت فيها الاستراحة</translation>
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
        <translation>تغيّرت خطتك</translation>
    </message>
    <message>
        <source>How does it feel now?</source>
        <translation>كيف تشعر الآن؟</translation>
    </message>
    <message>
        <source>Pain or discomfort from 0 (none) to 10 (the worst). Up to 3 is fine; DeskCoach paces each exercise by your answers.</source>
        <translation>الألم أو الانزعاج من 0 (لا شيء) إلى 10 (الأسوأ). حتى 3 لا بأس؛ يضبط DeskCoach وتيرة كل تمرين وفق إجاباتك.</translation>
    </message>
    <message>
        <source>How did your body feel when you got up today?</source>
        <translation>كيف كان شعور جسمك عندما نهضت اليوم؟</translation>
    </message>
    <message>
        <source>0 is no pain or stiffness, 10 the worst. Your mornings decide when an exercise gets harder or easier.</source>
        <translation>0 يعني لا ألم ولا تيبّس، و10 الأسوأ. صباحاتك تحدد متى يصبح التمرين أصعب أو أسهل.</translation>
    </message>
    <message>
        <source>Which places ached this week?</source>
        <translation>أي المواضع تألّمت هذا الأسبوع؟</translation>
    </message>
    <message>
        <source>Tick each one, then pick how bad it was at worst (0-10). Nothing ached? Pick 0.</source>
        <translation>ضع علامة على كل موضع، ثم اختر شدته في أسوأ حالاتها (0-10). لم يؤلمك شيء؟ اختر 0.</translation>
    </message>
    <message>
        <source>DeskCoach check-in</source>
        <extracomment>answers: one (pain, region or &quot;&quot;, exercise or &quot;&quot;) per check-in; kind; free-text note</extracomment>
        <translation>تسجيل الحالة في DeskCoach</translation>
    </message>
    <message>
        <source>The whole break</source>
        <translation>الاستراحة كلها</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>ب&amp;خصوص</translation>
    </message>
    <message>
        <source>Where (optional)</source>
        <translation>أين (اختياري)</translation>
    </message>
    <message>
        <source>Anywhere / in general</source>
        <translation>أي مكان / بشكل عام</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>أ&amp;ين</translation>
    </message>
    <message>
        <source>Pain %1 of 10</source>
        <translation>الألم %1 من 10</translation>
    </message>
    <message>
        <source>Anything else, such as numbness or tingling? (optional)</source>
        <translation>هل من شيء آخر، مثل خدر أو وخز؟ (اختياري)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>DeskCoach</source>
        <translation>DeskCoach</translation>
    </message>
    <message>
        <source>Your answers could not be saved: %1</source>
        <translation>تعذّر حفظ إجاباتك: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>خطأ غير معروف</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>تعذّر التصدير إلى %1: %2</translation>
    </message>
    <message>
        <source>Workstation check exported</source>
        <translation>تم تصدير فحص مكان العمل</translation>
    </message>
    <message numerus="yes">
        <source>%n workstation actions to follow up: %1</source>
        <translation>
            <numerusform>إجراءات لمكان العمل تحتاج إلى متابعة (%n): %1</numerusform>
            <numerusform>إجراء واحد لمكان العمل يحتاج إلى متابعة (%n): %1</numerusform>
            <numerusform>إجراءان لمكان العمل يحتاجان إلى متابعة (%n): %1</numerusform>
            <numerusform>إجراءات لمكان العمل تحتاج إلى متابعة (%n): %1</numerusform>
            <numerusform>إجراءات لمكان العمل تحتاج إلى متابعة (%n): %1</numerusform>
            <numerusform>إجراءات لمكان العمل تحتاج إلى متابعة (%n): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has been %n months since your workstation check. A fresh one takes five minutes: Checklist... in the DeskCoach menu.</source>
        <translation>
            <numerusform>مرّ على فحص مكان عملك %n شهر. يستغرق فحص جديد خمس دقائق: «قائمة التحقق...» في قائمة DeskCoach.</numerusform>
            <numerusform>مرّ على فحص مكان عملك %n شهر. يستغرق فحص جديد خمس دقائق: «قائمة التحقق...» في قائمة DeskCoach.</numerusform>
            <numerusform>مرّ على فحص مكان عملك شهران. يستغرق فحص جديد خمس دقائق: «قائمة التحقق...» في قائمة DeskCoach.</numerusform>
            <numerusform>مرّت على فحص مكان عملك %n أشهر. يستغرق فحص جديد خمس دقائق: «قائمة التحقق...» في قائمة DeskCoach.</numerusform>
            <numerusform>مرّ على فحص مكان عملك %n شهرًا. يستغرق فحص جديد خمس دقائق: «قائمة التحقق...» في قائمة DeskCoach.</numerusform>
            <numerusform>مرّ على فحص مكان عملك %n شهر. يستغرق فحص جديد خمس دقائق: «قائمة التحقق...» في قائمة DeskCoach.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time for a workstation check: choose Checklist... in the DeskCoach menu. It takes about five minutes.</source>
        <translation>حان وقت فحص مكان العمل: اختر «قائمة التحقق...» من قائمة DeskCoach. يستغرق نحو خمس دقائق.</translation>
    </message>
    <message>
        <source>DeskCoach - workstation check</source>
        <translation>فحص مكان العمل - DeskCoach</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>التوقيت</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true أو false</translation>
    </message>
    <message>
        <source>exercise ids</source>
        <translation>معرّفات التمارين</translation>
    </message>
    <message>
        <source>a list of up to %1 of: %2</source>
        <translation>قائمة بما يصل إلى %1 من: %2</translation>
    </message>
    <message>
        <source>neck</source>
        <extracomment>each region in words, for sentences (&quot;neck, upper back&quot;); translated where shown</extracomment>
        <translation>الرقبة</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>أعلى الظهر</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>الكتفان</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>الصدر</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>أسفل الظهر</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>الوركان</translation>
    </message>
    <message>
        <source>legs</source>
        <translation>الساقان</translation>
    </message>
    <message>
        <source>legs&apos; circulation</source>
        <extracomment>clearer on its own as a box to tick than the word the sentences use</extracomment>
        <translation>الدورة الدموية في الساقين</translation>
    </message>
    <message>
        <source>wrists and hands</source>
        <translation>الرسغان واليدان</translation>
    </message>
    <message>
        <source>circulation</source>
        <translation>الدورة الدموية</translation>
    </message>
    <message>
        <source>eyes</source>
        <translation>العينان</translation>
    </message>
    <message>
        <source>breathing</source>
        <translation>التنفس</translation>
    </message>
    <message>
        <source>whole body</source>
        <translation>الجسم كله</translation>
    </message>
    <message>
        <source>Work interval</source>
        <translation>فترة العمل</translation>
    </message>
    <message>
        <source>Minutes of work between breaks; 30-45 is recommended.</source>
        <translation>دقائق العمل بين الاستراحات؛ يوصى بـ 30-45.</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>مدة الاستراحة</translation>
    </message>
    <message>
        <source>How long each movement break lasts.</source>
        <translation>كم تدوم كل استراحة حركة.</translation>
    </message>
    <message>
        <source>Notice before a break</source>
        <translation>التنبيه قبل الاستراحة</translation>
    </message>
    <message>
        <source>How early the tray warns that a break is coming (0 = no notice).</source>
        <translation>كم من الوقت مسبقًا تنبّه علبة النظام إلى استراحة قادمة (0 = بلا تنبيه).</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>مدة التأجيل</translation>
    </message>
    <message>
        <source>How long Snooze puts a break off.</source>
        <translation>المدة التي يؤجّل بها «التأجيل» الاستراحة.</translation>
    </message>
    <message>
        <source>Putting breaks off</source>
        <translation>تأجيل الاستراحات</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <translation>مرات التأجيل لكل استراحة</translation>
    </message>
    <message>
        <source>How often one break may be snoozed.</source>
        <translation>كم مرة يمكن تأجيل استراحة واحدة.</translation>
    </message>
    <message>
        <source>Skips per day</source>
        <translation>مرات التخطي في اليوم</translation>
    </message>
    <message>
        <source>How many breaks may be skipped each day.</source>
        <translation>كم استراحة يمكن تخطيها كل يوم.</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>بلا حدود</translation>
    </message>
    <message>
        <source>Strict mode</source>
        <translation>الوضع الصارم</translation>
    </message>
    <message>
        <source>Breaks cannot be skipped or snoozed.</source>
        <translation>لا يمكن تخطي الاستراحات أو تأجيلها.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <source>Play a soft cue when a break starts and when it ends (never while a meeting holds breaks).</source>
        <translation>تشغيل نغمة هادئة عند بدء الاستراحة وعند انتهائها (وليس أبدًا أثناء اجتماع يؤجّل الاستراحات).</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>البدء عند تسجيل الدخول</translation>
    </message>
    <message>
        <source>Start DeskCoach when you log in.</source>
        <translation>شغّل DeskCoach عند تسجيل دخولك.</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>تقليل الحركة</translation>
    </message>
    <message>
        <source>Show still key poses instead of animations.</source>
        <translation>اعرض الوضعيات الأساسية ثابتة بدلًا من الرسوم المتحركة.</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>التمارين</translation>
    </message>
    <message>
        <source>Seated only</source>
        <translation>جلوسًا فقط</translation>
    </message>
    <message>
        <source>Only suggest exercises that can be done sitting down.</source>
        <translation>اقترح فقط التمارين التي يمكن أداؤها جلوسًا.</translation>
    </message>
    <message>
        <source>Back movements</source>
        <translation>حركات الظهر</translation>
    </message>
    <message>
        <source>Leave out forward bends (flexion) or backward bends (extension) if one of them does not feel good.</source>
        <translation>استبعد الانحناء إلى الأمام (الثني) أو إلى الخلف (البسط) إذا لم يكن أحدهما مريحًا لك.</translation>
    </message>
    <message>
        <source>Regions to leave out</source>
        <translation>المناطق المستبعدة</translation>
    </message>
    <message>
        <source>Body regions DeskCoach should not suggest exercises for.</source>
        <translation>مناطق الجسم التي لا ينبغي أن يقترح DeskCoach تمارين لها.</translation>
    </message>
    <message>
        <source>Exercises to leave out</source>
        <translation>التمارين المستبعدة</translation>
    </message>
    <message>
        <source>Exercises DeskCoach should never suggest.</source>
        <translation>التمارين التي لا ينبغي أن يقترحها DeskCoach أبدًا.</translation>
    </message>
    <message>
        <source>Away after</source>
        <translation>الابتعاد بعد</translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse after which the work timer stops; coming back after at least a break&apos;s length counts as a natural break.</source>
        <translation>عدد الدقائق بلا لوحة مفاتيح أو فأرة التي يتوقف بعدها مؤقت العمل؛ والعودة بعد مدة استراحة على الأقل تُحتسب استراحة طبيعية.</translation>
    </message>
    <message>
        <source>Smart timing</source>
        <translation>التوقيت الذكي</translation>
    </message>
    <message>
        <source>Wait for full-screen apps</source>
        <translation>انتظار التطبيقات بملء الشاشة</translation>
    </message>
    <message>
        <source>Hold a break while a full-screen app or presentation is in front.</source>
        <translation>أبقِ الاستراحة معلّقة ما دام تطبيق بملء الشاشة أو عرض تقديمي في المقدمة.</translation>
    </message>
    <message>
        <source>Wait for meetings</source>
        <translation>انتظار الاجتماعات</translation>
    </message>
    <message>
        <source>Hold a break while another app uses the camera or microphone.</source>
        <translation>أبقِ الاستراحة معلّقة ما دام تطبيق آخر يستخدم الكاميرا أو الميكروفون.</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>أطول انتظار</translation>
    </message>
    <message>
        <source>After this long a held break gives a gentle reminder.</source>
        <translation>بعد هذه المدة تعطي الاستراحة المعلّقة تذكيرًا لطيفًا.</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <source>e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always.</source>
        <translation>مثال: mon-fri 08:30-12:30,13:30-17:30؛ تركه فارغًا يعني دائمًا.</translation>
    </message>
    <message>
        <source>Checklist reminders</source>
        <translation>تذكيرات قائمة التحقق</translation>
    </message>
    <message>
        <source>Remind me of open workstation actions and when a fresh check is due.</source>
        <translation>ذكّرني بإجراءات مكان العمل المفتوحة وبموعد الفحص الجديد.</translation>
    </message>
    <message>
        <source>Workstation check</source>
        <translation>فحص مكان العمل</translation>
    </message>
    <message>
        <source>Fresh check after</source>
        <translation>فحص جديد بعد</translation>
    </message>
    <message>
        <source>Months after a workstation check until DeskCoach suggests a new one.</source>
        <translation>عدد الأشهر بعد فحص مكان العمل حتى يقترح DeskCoach فحصًا جديدًا.</translation>
    </message>
    <message>
        <source>Streak goal</source>
        <translation>هدف السلسلة</translation>
    </message>
    <message>
        <source>The share of the day&apos;s due breaks to take for the day to join your streak on the progress dashboard.</source>
        <translation>نسبة الاستراحات المستحقة في اليوم التي يجب أخذها ليُضاف اليوم إلى سلسلتك في لوحة معلومات التقدم.</translation>
    </message>
    <message>
        <source>Eye breaks every</source>
        <translation>استراحات العينين كل</translation>
    </message>
    <message>
        <source>A 20-second prompt to look into the distance, between movement breaks (0 = off).</source>
        <translation>تنبيه لمدة 20 ثانية للنظر إلى البعيد، بين استراحات الحركة (0 = متوقف).</translation>
    </message>
    <message>
        <source>off</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Eye breaks</source>
        <translation>استراحات العينين</translation>
    </message>
    <message>
        <source>Daily anchors</source>
        <translation>المحطات اليومية</translation>
    </message>
    <message>
        <source>Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none.</source>
        <translation>روتينات اختيارية مدتها خمس دقائق في لحظات تلتزم بها أصلًا، مثل coffee 08:30, lunch 12:30, end of day 17:15؛ تركه فارغًا يعني لا شيء.</translation>
    </message>
    <message>
        <source>Daily routines</source>
        <translation>الروتين اليومي</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>مستوى الصوت</translation>
    </message>
    <message>
        <source>How loud the break cues are.</source>
        <translation>مدى ارتفاع نغمات الاستراحة.</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>النغمة</translation>
    </message>
    <message>
        <source>Which of DeskCoach&apos;s sounds the cues use.</source>
        <translation>أي أصوات DeskCoach تستخدمها النغمات.</translation>
    </message>
    <message>
        <source>Break window on</source>
        <translation>نافذة الاستراحة على</translation>
    </message>
    <message>
        <source>pointer: the screen with the mouse pointer; primary: the main screen; all: the break on the pointer&apos;s screen and a calm dimmed panel on the others (it never blocks input).</source>
        <translation>pointer: الشاشة التي عليها مؤشر الفأرة؛ primary: الشاشة الرئيسية؛ all: الاستراحة على شاشة المؤشر ولوحة هادئة معتمة على الشاشات الأخرى (لا تمنع الإدخال أبدًا).</translation>
    </message>
    <message>
        <source>Break window</source>
        <translation>نافذة الاستراحة</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>الألوان</translation>
    </message>
    <message>
        <source>Light or dark windows; system follows your desktop&apos;s colour scheme.</source>
        <translation>نوافذ فاتحة أو داكنة؛ system يتبع نظام ألوان سطح المكتب.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The language of DeskCoach&apos;s menus, exercises and messages; system follows your desktop. It applies at once; windows already open change when you open them again.</source>
        <translation>لغة قوائم DeskCoach وتمارينه ورسائله؛ system يتبع سطح المكتب. تُطبَّق فورًا؛ وتتغيّر النوافذ المفتوحة عندما تفتحها مرة أخرى.</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos; (known: %2)</source>
        <translation>إعداد غير معروف &apos;%1&apos; (المعروفة: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, allowed: %3</source>
        <translation>&apos;%1&apos; قيمته %2، المسموح: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false, not %2</source>
        <translation>يجب أن يكون &apos;%1&apos; إما true أو false، لا %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number (%2), not %3</source>
        <translation>يجب أن يكون &apos;%1&apos; عددًا صحيحًا (%2)، لا %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2, not %3</source>
        <translation>يجب أن يكون &apos;%1&apos; %2، لا %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds %2, allowed: %3</source>
        <translation>&apos;%1&apos; يحوي %2، المسموح: %3</translation>
    </message>
    <message>
        <source>A desktop computer</source>
        <translation>حاسوب مكتبي</translation>
    </message>
    <message>
        <source>A laptop on its own</source>
        <translation>حاسوب محمول وحده</translation>
    </message>
    <message>
        <source>A laptop with a separate screen, keyboard and mouse</source>
        <translation>حاسوب محمول مع شاشة ولوحة مفاتيح وفأرة منفصلة</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>أنا</translation>
    </message>
    <message>
        <source>My manager</source>
        <translation>مديري</translation>
    </message>
    <message>
        <source>Facilities / IT</source>
        <translation>إدارة المرافق / تقنية المعلومات</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>&amp;Resume where you left off</source>
        <translation>&amp;تابع من حيث توقفت</translation>
    </message>
    <message>
        <source>WORKSTATION CHECK</source>
        <translation>فحص مكان العمل</translation>
    </message>
    <message>
        <source>Is your desk set up to look after you?</source>
        <translation>هل مكتبك مهيّأ ليحافظ عليك؟</translation>
    </message>
    <message>
        <source>%1 quick yes/no questions (%2 on a laptop used on its own), five minutes at most. Answer for the place you work most. You can stop at any time: your answers are kept.</source>
        <translation>%1 من الأسئلة السريعة بنعم أو لا (%2 لحاسوب محمول يُستخدم وحده)، خمس دقائق على الأكثر. أجب عن المكان الذي تعمل فيه أكثر من غيره. يمكنك التوقف في أي وقت: تُحفظ إجاباتك.</translation>
    </message>
    <message>
        <source>Optional, for the report</source>
        <translation>اختياري، للتقرير</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>ا&amp;سمك:</translation>
    </message>
    <message>
        <source>You work on:</source>
        <translation>تعمل على:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>اب&amp;دأ</translation>
    </message>
    <message>
        <source>Progress through the check</source>
        <translation>التقدم في الفحص</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>رسم توضيحي</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <source>Not &amp;applicable</source>
        <translation>لا ي&amp;نطبق</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;رجوع</translation>
    </message>
    <message>
        <source>Save and finish &amp;later</source>
        <translation>احفظ وأكمل &amp;لاحقًا</translation>
    </message>
    <message>
        <source>WORKSTATION CHECK DONE</source>
        <translation>انتهى فحص مكان العمل</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>A self-assessment supports, but does not replace, your employer&apos;s workstation assessment.</source>
        <translation>التقييم الذاتي يدعم تقييم صاحب العمل لمكان عملك، لكنه لا يحلّ محله.</translation>
    </message>
    <message>
        <source>Start a &amp;new check</source>
        <translation>ابدأ فحصًا &amp;جديدًا</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>تصدير &amp;PDF...</translation>
    </message>
    <message>
        <source>Export &amp;JSON...</source>
        <translation>تصدير &amp;JSON...</translation>
    </message>
    <message>
        <source>%1  ·  QUESTION %2 OF %3</source>
        <translation>%1  ·  السؤال %2 من %3</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>لماذا يهم: %1</translation>
    </message>
    <message>
        <source>If not: %1</source>
        <translation>إن لم يكن كذلك: %1</translation>
    </message>
    <message>
        <source>%1 of %2 fine. %3</source>
        <translation>%1 من %2 على ما يرام. %3</translation>
    </message>
    <message>
        <source>Here is what to fix:</source>
        <translation>إليك ما يجب إصلاحه:</translation>
    </message>
    <message>
        <source>Nothing to fix. Well set up!</source>
        <translation>لا شيء يحتاج إلى إصلاح. مكانك مهيّأ جيدًا!</translation>
    </message>
    <message numerus="yes">
        <source>%n answers changed since your check on %1.</source>
        <translation>
            <numerusform>تغيّرت %n إجابة منذ فحصك في %1.</numerusform>
            <numerusform>تغيّرت %n إجابة منذ فحصك في %1.</numerusform>
            <numerusform>تغيّرت إجابتان منذ فحصك في %1.</numerusform>
            <numerusform>تغيّرت %n إجابات منذ فحصك في %1.</numerusform>
            <numerusform>تغيّرت %n إجابة منذ فحصك في %1.</numerusform>
            <numerusform>تغيّرت %n إجابة منذ فحصك في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fine: %1</source>
        <translation>على ما يرام: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <source>Who acts on: %1</source>
        <translation>المسؤول عن التنفيذ: %1</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format (Qt QDate)</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>تاريخ المتابعة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>تقرير PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the workstation check</source>
        <translation>تصدير فحص مكان العمل</translation>
    </message>
    <message>
        <source>DeskCoach - progress</source>
        <translation>التقدم - DeskCoach</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <extracomment>(label, bucket size, buckets): whole weeks and months, the last one so far</extracomment>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>آخر 12 أسبوعًا</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>آخر 12 شهرًا</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>bar segments, bottom to top; their colours are the theme&apos;s `series`, in this order</extracomment>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Snoozed, then taken</source>
        <translation>مؤجّلة ثم مأخوذة</translation>
    </message>
    <message>
        <source>Natural (away)</source>
        <translation>طبيعية (ابتعاد)</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>متخطّاة</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>فائتة</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>as in `deskcoach stats`: Taken counts breaks, Compliance is the share of due breaks taken</extracomment>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>المستحقة</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>الطبيعية</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>المأخوذة</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>نسبة الالتزام</translation>
    </message>
    <message>
        <source>Longest stretch (min)</source>
        <translation>أطول فترة متواصلة (دقيقة)</translation>
    </message>
    <message>
        <source>Minutes moved</source>
        <translation>دقائق الحركة</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>النطاق الزمني</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>تقدّمك</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <source>Drawing the charts...</source>
        <translation>جارٍ رسم المخططات...</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>ال&amp;مخططات</translation>
    </message>
    <message>
        <source>Breaks per period, as a table, oldest first</source>
        <translation>الاستراحات لكل فترة في جدول، الأقدم أولًا</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;جدول</translation>
    </message>
    <message>
        <source>How the numbers are counted</source>
        <translation>كيف تُحسب الأرقام</translation>
    </message>
    <message>
        <source>&amp;How it is counted</source>
        <translation>&amp;كيف تُحسب</translation>
    </message>
    <message>
        <source>Body log</source>
        <translation>سجل الجسم</translation>
    </message>
    <message>
        <source>No breaks yet. After your first break, this is where you see how many you take each day, how long you go without one, and how you move. Take one now from the tray menu if you like.</source>
        <translation>لا استراحات بعد. بعد استراحتك الأولى، سترى هنا عدد الاستراحات التي تأخذها كل يوم، وأطول مدة تمضيها بلا استراحة، وكيف تتحرك. خذ واحدة الآن من قائمة علبة النظام إن شئت.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>اليوم، %1</translation>
    </message>
    <message>
        <source>This week, %1 to today</source>
        <translation>هذا الأسبوع، من %1 إلى اليوم</translation>
    </message>
    <message>
        <source>This week (today)</source>
        <translation>هذا الأسبوع (اليوم)</translation>
    </message>
    <message>
        <source>Streak, up to today</source>
        <translation>السلسلة حتى اليوم</translation>
    </message>
    <message>
        <source>Moved this week</source>
        <translation>الحركة هذا الأسبوع</translation>
    </message>
    <message>
        <source>Body regions this week</source>
        <translation>مناطق الجسم هذا الأسبوع</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n breaks</source>
        <translation>
            <numerusform>%1 من %n استراحة</numerusform>
            <numerusform>%1 من %n استراحة</numerusform>
            <numerusform>%1 من استراحتين</numerusform>
            <numerusform>%1 من %n استراحات</numerusform>
            <numerusform>%1 من %n استراحة</numerusform>
            <numerusform>%1 من %n استراحة</numerusform>
        </translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format (Qt QDate)</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>taken of those due so far</source>
        <translation>المأخوذة من الاستراحات المستحقة حتى الآن</translation>
    </message>
    <message>
        <source>of due breaks taken; nothing to compare with last week</source>
        <translation>من الاستراحات المستحقة أُخذت؛ لا شيء للمقارنة مع الأسبوع الماضي</translation>
    </message>
    <message>
        <source>nothing due yet this week</source>
        <translation>لا شيء مستحق بعد هذا الأسبوع</translation>
    </message>
    <message numerus="yes">
        <source>%1 points against last week (%2)</source>
        <translation>
            <numerusform>الفرق عن الأسبوع الماضي بالنقاط المئوية: %1 (%2)</numerusform>
            <numerusform>الفرق عن الأسبوع الماضي بالنقاط المئوية: %1 (%2)</numerusform>
            <numerusform>الفرق عن الأسبوع الماضي بالنقاط المئوية: %1 (%2)</numerusform>
            <numerusform>الفرق عن الأسبوع الماضي بالنقاط المئوية: %1 (%2)</numerusform>
            <numerusform>الفرق عن الأسبوع الماضي بالنقاط المئوية: %1 (%2)</numerusform>
            <numerusform>الفرق عن الأسبوع الماضي بالنقاط المئوية: %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>days in a row with %1 or more of due breaks taken; today joins at %1</source>
        <translation>أيام متتالية أُخذ فيها %1 أو أكثر من الاستراحات المستحقة؛ يُحتسب اليوم عند بلوغ %1</translation>
    </message>
    <message>
        <source>no day yet with %1 or more of due breaks taken; today joins at %1</source>
        <translation>لا يوم بعد أُخذ فيه %1 أو أكثر من الاستراحات المستحقة؛ يُحتسب اليوم عند بلوغ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>of exercise in completed breaks</source>
        <translation>من التمارين في الاستراحات المكتملة</translation>
    </message>
    <message>
        <source> (so far)</source>
        <translation> (حتى الآن)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>السلسلة</translation>
    </message>
    <message>
        <source>Regions this week</source>
        <translation>المناطق هذا الأسبوع</translation>
    </message>
    <message>
        <source>all but %1</source>
        <translation>الكل عدا %1</translation>
    </message>
    <message>
        <source>all of them</source>
        <translation>كلها</translation>
    </message>
    <message>
        <source> · %1 of due breaks taken</source>
        <translation> · أُخذ %1 من الاستراحات المستحقة</translation>
    </message>
    <message>
        <source>No system tray was found on this desktop, so DeskCoach shows this small window instead. Closing it minimises it; use Quit to stop DeskCoach.</source>
        <translation>لم يُعثر على علبة نظام في سطح المكتب هذا، لذا يعرض DeskCoach هذه النافذة الصغيرة بدلًا منها. إغلاقها يصغّرها؛ استخدم «إنهاء» لإيقاف DeskCoach.</translation>
    </message>
    <message>
        <source>DeskCoach controls</source>
        <translation>أدوات التحكم في DeskCoach</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Take a &amp;break now</source>
        <translation>خذ است&amp;راحة الآن</translation>
    </message>
    <message>
        <source>&amp;Pause 30 min</source>
        <translation>إي&amp;قاف مؤقت 30 دقيقة</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>ا&amp;ستئناف</translation>
    </message>
    <message>
        <source>S&amp;kip next</source>
        <translation>&amp;تخطَّ التالية</translation>
    </message>
    <message>
        <source>Pro&amp;gress...</source>
        <translation>ال&amp;تقدم...</translation>
    </message>
    <message>
        <source>&amp;Checklist...</source>
        <translation>&amp;قائمة التحقق...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>الإ&amp;عدادات...</translation>
    </message>
    <message>
        <source>When to get &amp;help...</source>
        <translation>متى تطلب ال&amp;مساعدة...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>رسم توضيحي</translation>
    </message>
    <message>
        <source>When to get help</source>
        <translation>متى تطلب المساعدة</translation>
    </message>
    <message>
        <source>DeskCoach suggests gentle, general movements. It is not medical advice and cannot tell what is causing a symptom.</source>
        <translation>يقترح DeskCoach حركات عامة لطيفة. وهذه ليست نصيحة طبية، ولا يمكنه معرفة سبب أي عرَض.</translation>
    </message>
    <message>
        <source>Get emergency care now</source>
        <translation>اطلب الرعاية الطارئة فورًا</translation>
    </message>
    <message>
        <source>Call your emergency number or go to an emergency department if you have:</source>
        <translation>اتصل برقم الطوارئ أو اذهب إلى قسم الطوارئ إذا كان لديك:</translation>
    </message>
    <message>
        <source>loss of control of your bladder or bowels, or new trouble passing urine</source>
        <translation>فقدان التحكم في المثانة أو الأمعاء، أو صعوبة جديدة في التبول</translation>
    </message>
    <message>
        <source>numbness around your genitals, buttocks or inner thighs</source>
        <translation>خدر حول الأعضاء التناسلية أو الأرداف أو باطن الفخذين</translation>
    </message>
    <message>
        <source>weakness in your legs that is new or getting worse</source>
        <translation>ضعف في الساقين جديد أو يزداد سوءًا</translation>
    </message>
    <message>
        <source>chest pain, with or without back pain</source>
        <translation>ألم في الصدر، مع ألم في الظهر أو من دونه</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist soon</source>
        <translation>راجع طبيبًا أو أخصائي علاج طبيعي قريبًا</translation>
    </message>
    <message>
        <source>Book an appointment in the next few days if you have:</source>
        <translation>احجز موعدًا خلال الأيام القليلة القادمة إذا كان لديك:</translation>
    </message>
    <message>
        <source>back pain with a fever, night sweats or feeling generally unwell</source>
        <translation>ألم في الظهر مع حمى أو تعرّق ليلي أو شعور عام بالتوعك</translation>
    </message>
    <message>
        <source>weight loss you cannot explain</source>
        <translation>فقدان وزن لا تجد له تفسيرًا</translation>
    </message>
    <message>
        <source>pain at night that does not ease when you rest or change position</source>
        <translation>ألم ليلي لا يخف عند الراحة أو تغيير الوضعية</translation>
    </message>
    <message>
        <source>pain after a fall or accident</source>
        <translation>ألم بعد سقوط أو حادث</translation>
    </message>
    <message>
        <source>pain that spreads below the knee, or numbness or tingling that spreads</source>
        <translation>ألم يمتد إلى ما تحت الركبة، أو خدر أو وخز ينتشر</translation>
    </message>
    <message>
        <source>pain that has changed your daily life for more than a week</source>
        <translation>ألم غيّر حياتك اليومية لأكثر من أسبوع</translation>
    </message>
    <message>
        <source>a second or third bout of the same pain within a year</source>
        <translation>نوبة ثانية أو ثالثة من الألم نفسه خلال عام</translation>
    </message>
    <message>
        <source>no progress after two weeks of regular, gentle movement</source>
        <translation>لا تحسّن بعد أسبوعين من الحركة المنتظمة اللطيفة</translation>
    </message>
    <message>
        <source>Stop this exercise</source>
        <translation>أوقف هذا التمرين</translation>
    </message>
    <message>
        <source>Stop the movement, rest, and try a gentler one another time if it brings:</source>
        <translation>أوقف الحركة، واسترح، وجرّب حركة ألطف في وقت آخر إذا سبّبت:</translation>
    </message>
    <message>
        <source>pain, or pain that climbs as you go on</source>
        <translation>ألمًا، أو ألمًا يزداد كلما تابعت</translation>
    </message>
    <message>
        <source>tingling or numbness, or symptoms spreading into an arm or leg</source>
        <translation>وخزًا أو خدرًا، أو أعراضًا تمتد إلى ذراع أو ساق</translation>
    </message>
    <message>
        <source>dizziness or light-headedness</source>
        <translation>دوارًا أو دوخة خفيفة</translation>
    </message>
    <message>
        <source>After recent surgery or an injury, or during pregnancy, ask a clinician which movements suit you before you start.</source>
        <translation>بعد جراحة أو إصابة حديثة، أو أثناء الحمل، اسأل مختصًا صحيًا عن الحركات التي تناسبك قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>المصادر:</translation>
    </message>
    <message>
        <source>DeskCoach - a break is coming</source>
        <translation>استراحة قادمة - DeskCoach</translation>
    </message>
    <message>
        <source>A movement break is coming</source>
        <translation>استراحة حركة قادمة</translation>
    </message>
    <message>
        <source>Finish what you are doing; a short movement break is coming.</source>
        <translation>أنهِ ما تقوم به؛ استراحة حركة قصيرة قادمة.</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>اب&amp;دأ الآن</translation>
    </message>
    <message numerus="yes">
        <source>&amp;In %n minutes</source>
        <translation>
            <numerusform>&amp;بعد %n دقيقة</numerusform>
            <numerusform>&amp;بعد %n دقيقة</numerusform>
            <numerusform>&amp;بعد دقيقتين</numerusform>
            <numerusform>&amp;بعد %n دقائق</numerusform>
            <numerusform>&amp;بعد %n دقيقة</numerusform>
            <numerusform>&amp;بعد %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put the break off for %n minutes</source>
        <translation>
            <numerusform>أجّل الاستراحة %n دقيقة</numerusform>
            <numerusform>أجّل الاستراحة %n دقيقة</numerusform>
            <numerusform>أجّل الاستراحة دقيقتين</numerusform>
            <numerusform>أجّل الاستراحة %n دقائق</numerusform>
            <numerusform>أجّل الاستراحة %n دقيقة</numerusform>
            <numerusform>أجّل الاستراحة %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Movement break in %1</source>
        <translation>استراحة حركة بعد %1</translation>
    </message>
    <message>
        <source>Breathing pace</source>
        <translation>إيقاع التنفس</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>شهيق</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>زفير</translation>
    </message>
    <message>
        <source>BEFORE THIS EXERCISE</source>
        <translation>قبل هذا التمرين</translation>
    </message>
    <message>
        <source>ABOUT THIS EXERCISE</source>
        <translation>عن هذا التمرين</translation>
    </message>
    <message>
        <source>Check that it suits you</source>
        <translation>تأكّد من أنه يناسبك</translation>
    </message>
    <message>
        <source>&amp;Back to the exercise</source>
        <translation>&amp;عودة إلى التمرين</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>DeskCoach - when to get help</source>
        <translation>متى تطلب المساعدة - DeskCoach</translation>
    </message>
    <message>
        <source>A movement break is on your other screen.</source>
        <translation>استراحة الحركة معروضة على شاشتك الأخرى.</translation>
    </message>
    <message>
        <source>DeskCoach - break on another screen</source>
        <translation>استراحة على شاشة أخرى - DeskCoach</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <extracomment>the settings whose spin boxes show a unit around the number (see _unit_words) groups with a tab of their own; the rest share &quot;Breaks&quot;</extracomment>
        <translation>الاس&amp;تراحات</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>ال&amp;تمارين</translation>
    </message>
    <message>
        <source>Smart &amp;timing</source>
        <translation>التوقيت ال&amp;ذكي</translation>
    </message>
    <message>
        <source>&amp;Workstation check</source>
        <translation>&amp;فحص مكان العمل</translation>
    </message>
    <message>
        <source>E&amp;ye breaks and routines</source>
        <translation>استراحات ال&amp;عينين والروتين</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>ال&amp;مظهر</translation>
    </message>
    <message>
        <source>Include both</source>
        <translation>تضمين كليهما</translation>
    </message>
    <message>
        <source>Leave out forward bends</source>
        <translation>استبعاد الانحناء إلى الأمام</translation>
    </message>
    <message>
        <source>Leave out backward bends</source>
        <translation>استبعاد الانحناء إلى الخلف</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>اتباع سطح المكتب</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>Chime</source>
        <translation>رنين</translation>
    </message>
    <message>
        <source>Bell</source>
        <translation>جرس</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>هادئ</translation>
    </message>
    <message>
        <source>The screen with the pointer</source>
        <translation>الشاشة التي عليها المؤشر</translation>
    </message>
    <message>
        <source>The main screen</source>
        <translation>الشاشة الرئيسية</translation>
    </message>
    <message>
        <source>All screens (a calm panel on the others)</source>
        <translation>كل الشاشات (لوحة هادئة على الأخرى)</translation>
    </message>
    <message>
        <source>DeskCoach settings</source>
        <extracomment>each language in its own words, never translated (a reader looks for their own)</extracomment>
        <translation>إعدادات DeskCoach</translation>
    </message>
    <message>
        <source>What stops the settings from being saved</source>
        <translation>ما يمنع حفظ الإعدادات</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>مضبوط من قِبل مؤسستك</translation>
    </message>
    <message>
        <source> (set by your organisation)</source>
        <translation> (مضبوط من قِبل مؤسستك)</translation>
    </message>
    <message>
        <source>always</source>
        <translation>دائمًا</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>المسموح: %1</translation>
    </message>
    <message>
        <source>%1 on the %2 tab: %3</source>
        <translation>%1 في علامة التبويب %2: %3</translation>
    </message>
    <message>
        <source>Not saved yet. </source>
        <translation>لم يُحفظ بعد. </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozes</source>
        <translation>
            <numerusform>%n مرة</numerusform>
            <numerusform>%n مرة</numerusform>
            <numerusform>%n مرة</numerusform>
            <numerusform>%n مرات</numerusform>
            <numerusform>%n مرة</numerusform>
            <numerusform>%n مرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skips</source>
        <translation>
            <numerusform>%n مرة</numerusform>
            <numerusform>%n مرة</numerusform>
            <numerusform>%n مرة</numerusform>
            <numerusform>%n مرات</numerusform>
            <numerusform>%n مرة</numerusform>
            <numerusform>%n مرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n شهر</numerusform>
            <numerusform>%n شهر</numerusform>
            <numerusform>%n شهر</numerusform>
            <numerusform>%n أشهر</numerusform>
            <numerusform>%n شهرًا</numerusform>
            <numerusform>%n شهر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n ث</numerusform>
            <numerusform>%n ث</numerusform>
            <numerusform>%n ث</numerusform>
            <numerusform>%n ث</numerusform>
            <numerusform>%n ث</numerusform>
            <numerusform>%n ث</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>أقل من دقيقة</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
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
        <translation>الاستراحة بانتظار انتهاء اجتماعك</translation>
    </message>
    <message>
        <source>Break waiting until the full-screen app closes</source>
        <translation>الاستراحة بانتظار إغلاق التطبيق المعروض بملء الشاشة</translation>
    </message>
    <message>
        <source>You are away: the timer is stopped</source>
        <translation>أنت بعيد عن الجهاز: المؤقت متوقف</translation>
    </message>
    <message>
        <source>Screen locked: the timer is stopped</source>
        <translation>الشاشة مقفلة: المؤقت متوقف</translation>
    </message>
    <message>
        <source>Outside your working hours</source>
        <translation>خارج ساعات عملك</translation>
    </message>
    <message>
        <source>On a movement break</source>
        <translation>في استراحة حركة</translation>
    </message>
    <message>
        <source>Outside your working hours, back at %1</source>
        <translation>خارج ساعات عملك، العودة عند %1</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>متوقف مؤقتًا حتى %1</translation>
    </message>
    <message>
        <source>Snoozed: break in %1</source>
        <translation>مؤجّلة: الاستراحة بعد %1</translation>
    </message>
    <message>
        <source>Next break in %1</source>
        <translation>الاستراحة التالية بعد %1</translation>
    </message>
    <message>
        <source>&amp;30 minutes</source>
        <translation>&amp;30 دقيقة</translation>
    </message>
    <message>
        <source>&amp;1 hour</source>
        <translation>&amp;1 ساعة</translation>
    </message>
    <message>
        <source>&amp;Until tomorrow</source>
        <translation>حتى ال&amp;غد</translation>
    </message>
    <message>
        <source>DeskCoach menu</source>
        <translation>قائمة DeskCoach</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>إي&amp;قاف مؤقت</translation>
    </message>
    <message>
        <source>S&amp;kip next break</source>
        <translation>&amp;تخطَّ الاستراحة التالية</translation>
    </message>
    <message>
        <source>S&amp;kip this break</source>
        <translation>&amp;تخطَّ هذه الاستراحة</translation>
    </message>
    <message>
        <source>Eye break</source>
        <translation>استراحة للعينين</translation>
    </message>
    <message numerus="yes">
        <source>Look at something at least 6 metres away for %n seconds, and blink slowly a few times.</source>
        <translation>
            <numerusform>انظر إلى شيء يبعد 6 أمتار على الأقل مدة %n ثانية، وارمش ببطء بضع مرات.</numerusform>
            <numerusform>انظر إلى شيء يبعد 6 أمتار على الأقل مدة %n ثانية، وارمش ببطء بضع مرات.</numerusform>
            <numerusform>انظر إلى شيء يبعد 6 أمتار على الأقل مدة ثانيتين، وارمش ببطء بضع مرات.</numerusform>
            <numerusform>انظر إلى شيء يبعد 6 أمتار على الأقل مدة %n ثوانٍ، وارمش ببطء بضع مرات.</numerusform>
            <numerusform>انظر إلى شيء يبعد 6 أمتار على الأقل مدة %n ثانية، وارمش ببطء بضع مرات.</numerusform>
            <numerusform>انظر إلى شيء يبعد 6 أمتار على الأقل مدة %n ثانية، وارمش ببطء بضع مرات.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your check-ins are health data. They stay in your own profile on this computer and in the exports you make yourself; nothing your organisation can collect reads them.</source>
        <translation>تسجيلات حالتك بيانات صحية. تبقى في ملفك الشخصي على هذا الحاسوب وفي ملفات التصدير التي تنشئها بنفسك؛ ولا يقرؤها أي شيء يمكن لمؤسستك جمعه.</translation>
    </message>
    <message>
        <source>Export log as &amp;PDF...</source>
        <translation>تصدير السجل بصيغة &amp;PDF...</translation>
    </message>
    <message>
        <source>A one-page summary of your check-ins to take to a doctor or physiotherapist</source>
        <translation>ملخص من صفحة واحدة لتسجيلات حالتك، لتأخذه إلى طبيب أو أخصائي علاج طبيعي</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>S&amp;tart programme</source>
        <translation>اب&amp;دأ البرنامج</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>أو&amp;قف</translation>
    </message>
    <message>
        <source>No check-ins in this period. After a break, tell DeskCoach how it felt; your answers draw these lines.</source>
        <translation>لا تسجيلات للحالة في هذه الفترة. بعد الاستراحة، أخبر DeskCoach بما شعرت به؛ إجاباتك ترسم هذه الخطوط.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n weeks)</source>
        <translation>
            <numerusform>%1 (%n أسبوع)</numerusform>
            <numerusform>%1 (%n أسبوع)</numerusform>
            <numerusform>%1 (أسبوعان)</numerusform>
            <numerusform>%1 (%n أسابيع)</numerusform>
            <numerusform>%1 (%n أسبوعًا)</numerusform>
            <numerusform>%1 (%n أسبوع)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 - suggested: %2</source>
        <translation>%1 - مقترح: %2</translation>
    </message>
    <message>
        <source>No programme is running: breaks draw from every exercise.</source>
        <translation>لا يوجد برنامج قيد التشغيل: تُختار الاستراحات من جميع التمارين.</translation>
    </message>
    <message>
        <source>%1, phase %3 (%4). %5.</source>
        <translation>%1، المرحلة %3 (%4). %5.</translation>
    </message>
    <message>
        <source>Levels: every exercise at its usual dose so far. Answer the morning question and levels move with your mornings.</source>
        <translation>المستويات: كل تمرين بجرعته المعتادة حتى الآن. أجب عن سؤال الصباح لتتغير المستويات مع صباحاتك.</translation>
    </message>
    <message>
        <source>%1 - %2: now %3. %4.</source>
        <translation>%1 - %2: الآن %3. %4.</translation>
    </message>
    <message>
        <source>Level changes</source>
        <translation>تغييرات المستوى</translation>
    </message>
    <message>
        <source>Saved the log as %1: take it along to a doctor or physiotherapist.</source>
        <translation>حُفظ السجل باسم %1: خذه معك إلى طبيب أو أخصائي علاج طبيعي.</translation>
    </message>
    <message>
        <source>Export log as PDF</source>
        <translation>تصدير السجل بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Discomfort (0-10)</source>
        <translation>الانزعاج (0-10)</translation>
    </message>
    <message>
        <source>Longest sitting (min)</source>
        <translation>أطول جلوس متواصل (دقيقة)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Daily average</source>
        <translation>المتوسط اليومي</translation>
    </message>
    <message>
        <source>Mornings</source>
        <translation>الصباحات</translation>
    </message>
    <message>
        <source>keep all settings and data under DIR (portable mode)</source>
        <extracomment>CLI command -&gt; control-protocol command, for commands handed to the running app</extracomment>
        <translation>احفظ كل الإعدادات والبيانات في DIR (الوضع المحمول)</translation>
    </message>
    <message>
        <source>run every duration N times faster (demos and tests)</source>
        <translation>شغّل كل مدة أسرع بـ N مرة (للعروض والاختبارات)</translation>
    </message>
    <message>
        <source>the language to use: %1 (default: the `language` setting, else the desktop&apos;s)</source>
        <translation>اللغة المستخدمة: %1 (الافتراضي: إعداد `language`، وإلا فلغة سطح المكتب)</translation>
    </message>
    <message>
        <source>A calm tray coach for movement breaks. With no command, starts the app.</source>
        <translation>مدرّب هادئ في علبة النظام لاستراحات الحركة. من دون أمر، يشغّل التطبيق.</translation>
    </message>
    <message>
        <source>start the tray app (the default)</source>
        <translation>شغّل تطبيق علبة النظام (الافتراضي)</translation>
    </message>
    <message>
        <source>what the running app is doing</source>
        <translation>ما يفعله التطبيق قيد التشغيل</translation>
    </message>
    <message>
        <source>take a break now</source>
        <translation>خذ استراحة الآن</translation>
    </message>
    <message>
        <source>with this exercise (see `exercises`)</source>
        <translation>بهذا التمرين (انظر `exercises`)</translation>
    </message>
    <message>
        <source>pause breaks (30m, 1h, tomorrow)</source>
        <translation>أوقف الاستراحات مؤقتًا (30m، 1h، tomorrow)</translation>
    </message>
    <message>
        <source>30m, 1h, 1h30m ... up to 24h, or tomorrow</source>
        <translation>30m، 1h، 1h30m ... حتى 24h، أو tomorrow</translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation>أنهِ الإيقاف المؤقت</translation>
    </message>
    <message>
        <source>skip the break on screen, or else the next one</source>
        <translation>تخطَّ الاستراحة المعروضة، وإلا فالتالية</translation>
    </message>
    <message>
        <source>snooze the break on screen</source>
        <translation>أجّل الاستراحة المعروضة</translation>
    </message>
    <message>
        <source>finish the break on screen</source>
        <translation>أنهِ الاستراحة المعروضة</translation>
    </message>
    <message>
        <source>swap the exercise on screen for another</source>
        <translation>استبدل التمرين المعروض بآخر</translation>
    </message>
    <message>
        <source>open a window of the running app</source>
        <translation>افتح نافذة من التطبيق قيد التشغيل</translation>
    </message>
    <message>
        <source>which detectors work on this desktop</source>
        <translation>أدوات الرصد التي تعمل على سطح المكتب هذا</translation>
    </message>
    <message>
        <source>when to get help: emergency now, a clinician soon, or stop</source>
        <translation>متى تطلب المساعدة: طوارئ الآن، أو مختص صحي قريبًا، أو توقّف</translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation>أنهِ التطبيق قيد التشغيل</translation>
    </message>
    <message>
        <source>list the exercise catalogue</source>
        <translation>اعرض قائمة التمارين</translation>
    </message>
    <message>
        <source>print one exercise</source>
        <translation>اطبع تمرينًا واحدًا</translation>
    </message>
    <message>
        <source>draw an exercise&apos;s key poses as a PNG contact sheet</source>
        <translation>ارسم الوضعيات الأساسية لتمرين في ورقة صور مصغّرة PNG</translation>
    </message>
    <message>
        <source>every exercise, one PNG each</source>
        <translation>كل تمرين، في ملف PNG لكل منها</translation>
    </message>
    <message>
        <source>the PNG file (with an ID) or the folder (with --all)</source>
        <translation>ملف PNG (مع معرّف) أو المجلد (مع --all)</translation>
    </message>
    <message>
        <source>the workstation checklist</source>
        <translation>قائمة التحقق الخاصة بمكان العمل</translation>
    </message>
    <message>
        <source>list the questions</source>
        <translation>اعرض الأسئلة</translation>
    </message>
    <message>
        <source>export an assessment</source>
        <translation>صدّر تقييمًا</translation>
    </message>
    <message>
        <source>organisation policy</source>
        <translation>سياسة المؤسسة</translation>
    </message>
    <message>
        <source>the effective policy and its sources</source>
        <translation>السياسة السارية ومصادرها</translation>
    </message>
    <message>
        <source>try a policy folder laid out like /etc/deskcoach instead (only this command reads it)</source>
        <translation>جرّب بدلًا منها مجلد سياسة مرتبًا مثل /etc/deskcoach (هذا الأمر وحده يقرؤه)</translation>
    </message>
    <message>
        <source>check a policy file, or every file of a policy folder</source>
        <translation>افحص ملف سياسة، أو كل ملفات مجلد سياسة</translation>
    </message>
    <message>
        <source>every policy file in DIR, laid out like /etc/deskcoach</source>
        <translation>كل ملفات السياسة في DIR، مرتبة مثل /etc/deskcoach</translation>
    </message>
    <message>
        <source>breaks per day</source>
        <translation>الاستراحات في اليوم</translation>
    </message>
    <message>
        <source>the last N days (default 7)</source>
        <translation>آخر N يوم (الافتراضي 7)</translation>
    </message>
    <message>
        <source>the dashboard&apos;s headline figures, over all of the history</source>
        <translation>الأرقام الرئيسية في لوحة المعلومات، على امتداد السجل كله</translation>
    </message>
    <message>
        <source>the last day shown (default today)</source>
        <translation>آخر يوم معروض (الافتراضي اليوم)</translation>
    </message>
    <message>
        <source>write all your data to a JSON file</source>
        <translation>اكتب كل بياناتك في ملف JSON</translation>
    </message>
    <message>
        <source>merge an export into this profile</source>
        <translation>ادمج ملف تصدير في هذا الملف الشخصي</translation>
    </message>
    <message>
        <source>show, set or check settings</source>
        <translation>اعرض الإعدادات أو اضبطها أو افحصها</translation>
    </message>
    <message>
        <source>every effective value and its source</source>
        <translation>كل قيمة سارية ومصدرها</translation>
    </message>
    <message>
        <source>set KEY to VALUE (applied live)</source>
        <translation>اضبط KEY على VALUE (يُطبَّق فورًا)</translation>
    </message>
    <message>
        <source>check a settings file</source>
        <translation>افحص ملف إعدادات</translation>
    </message>
    <message>
        <source>log how your body feels now</source>
        <translation>سجّل كيف يشعر جسمك الآن</translation>
    </message>
    <message>
        <source>pain or discomfort, 0-10</source>
        <translation>الألم أو الانزعاج، 0-10</translation>
    </message>
    <message>
        <source>the exercise it is about</source>
        <translation>التمرين المعني</translation>
    </message>
    <message>
        <source>morning: how it feels on waking (paces the plan)</source>
        <translation>الصباح: الشعور عند الاستيقاظ (يضبط وتيرة الخطة)</translation>
    </message>
    <message>
        <source>a warning sign you notice (shows when to get help)</source>
        <translation>علامة تحذيرية تلاحظها (تعرض متى تطلب المساعدة)</translation>
    </message>
    <message>
        <source>a few words of your own</source>
        <translation>بضع كلمات بأسلوبك</translation>
    </message>
    <message>
        <source>your check-ins and plan changes</source>
        <translation>تسجيلات حالتك وتغييرات الخطة</translation>
    </message>
    <message>
        <source>the last N days (default 14)</source>
        <translation>آخر N يوم (الافتراضي 14)</translation>
    </message>
    <message>
        <source>write a one-page PDF to take to a clinician instead</source>
        <translation>اكتب بدلًا من ذلك ملف PDF من صفحة واحدة لتأخذه إلى مختص صحي</translation>
    </message>
    <message>
        <source>multi-week programmes</source>
        <translation>برامج متعددة الأسابيع</translation>
    </message>
    <message>
        <source>the programmes</source>
        <translation>البرامج</translation>
    </message>
    <message>
        <source>one programme&apos;s phases</source>
        <translation>مراحل برنامج واحد</translation>
    </message>
    <message>
        <source>start a programme</source>
        <translation>ابدأ برنامجًا</translation>
    </message>
    <message>
        <source>stop the running one</source>
        <translation>أوقف البرنامج قيد التشغيل</translation>
    </message>
    <message>
        <source>the running programme, its phase and week</source>
        <translation>البرنامج قيد التشغيل ومرحلته وأسبوعه</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ليس رقمًا</translation>
    </message>
    <message>
        <source>the time scale must be above 0 and at most 100000</source>
        <translation>يجب أن يكون مقياس الوقت أكبر من 0 وألا يتجاوز 100000</translation>
    </message>
    <message>
        <source>DeskCoach will not use this profile: %1.</source>
        <translation>لن يستخدم DeskCoach هذا الملف الشخصي: %1.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>الاستخدام: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>الوسائط الموضعية</translation>
    </message>
    <message>
        <source>options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>اعرض رسالة المساعدة هذه واخرج</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>اعرض رقم إصدار البرنامج واخرج</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: خطأ: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>الوسيط %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>اختيار غير صالح: %(value)r (اختر من %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>قيمة %(type)s غير صالحة: %(value)r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>الوسائط التالية مطلوبة: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>وسائط غير معروفة: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>يُتوقع وسيط واحد</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>يُتوقع وسيط واحد على الأقل</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>يُتوقع وسيط واحد على الأكثر</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>غير مسموح مع الوسيط %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>أحد الوسائط %s مطلوب</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>خيار ملتبس: %(option)s قد يطابق %(matches)s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>تعذّر فتح &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message numerus="yes">
        <source>After %n weeks your discomfort has not eased (about %1/10 then, %2/10 this week). Please see a doctor or physiotherapist; take your log along (Export log as PDF in the Body log, or `deskcoach log --pdf FILE`).</source>
        <translation>
            <numerusform>بعد %n أسبوع لم يخفّ انزعاجك (نحو %1/10 آنذاك، و%2/10 هذا الأسبوع). راجع طبيبًا أو أخصائي علاج طبيعي، وخذ سجلك معك («تصدير السجل بصيغة PDF» في سجل الجسم، أو `deskcoach log --pdf FILE`).</numerusform>
            <numerusform>بعد %n أسبوع لم يخفّ انزعاجك (نحو %1/10 آنذاك، و%2/10 هذا الأسبوع). راجع طبيبًا أو أخصائي علاج طبيعي، وخذ سجلك معك («تصدير السجل بصيغة PDF» في سجل الجسم، أو `deskcoach log --pdf FILE`).</numerusform>
            <numerusform>بعد أسبوعين لم يخفّ انزعاجك (نحو %1/10 آنذاك، و%2/10 هذا الأسبوع). راجع طبيبًا أو أخصائي علاج طبيعي، وخذ سجلك معك («تصدير السجل بصيغة PDF» في سجل الجسم، أو `deskcoach log --pdf FILE`).</numerusform>
            <numerusform>بعد %n أسابيع لم يخفّ انزعاجك (نحو %1/10 آنذاك، و%2/10 هذا الأسبوع). راجع طبيبًا أو أخصائي علاج طبيعي، وخذ سجلك معك («تصدير السجل بصيغة PDF» في سجل الجسم، أو `deskcoach log --pdf FILE`).</numerusform>
            <numerusform>بعد %n أسبوعًا لم يخفّ انزعاجك (نحو %1/10 آنذاك، و%2/10 هذا الأسبوع). راجع طبيبًا أو أخصائي علاج طبيعي، وخذ سجلك معك («تصدير السجل بصيغة PDF» في سجل الجسم، أو `deskcoach log --pdf FILE`).</numerusform>
            <numerusform>بعد %n أسبوع لم يخفّ انزعاجك (نحو %1/10 آنذاك، و%2/10 هذا الأسبوع). راجع طبيبًا أو أخصائي علاج طبيعي، وخذ سجلك معك («تصدير السجل بصيغة PDF» في سجل الجسم، أو `deskcoach log --pdf FILE`).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks without improvement (about %1/10 then, %2/10 this week): time to change something, such as another programme, easier levels or a different time of day.</source>
        <translation>
            <numerusform>%n أسبوع بلا تحسّن (نحو %1/10 آنذاك، و%2/10 هذا الأسبوع): حان وقت تغيير شيء ما، مثل برنامج آخر، أو مستويات أسهل، أو وقت مختلف من اليوم.</numerusform>
            <numerusform>%n أسبوع بلا تحسّن (نحو %1/10 آنذاك، و%2/10 هذا الأسبوع): حان وقت تغيير شيء ما، مثل برنامج آخر، أو مستويات أسهل، أو وقت مختلف من اليوم.</numerusform>
            <numerusform>أسبوعان بلا تحسّن (نحو %1/10 آنذاك، و%2/10 هذا الأسبوع): حان وقت تغيير شيء ما، مثل برنامج آخر، أو مستويات أسهل، أو وقت مختلف من اليوم.</numerusform>
            <numerusform>%n أسابيع بلا تحسّن (نحو %1/10 آنذاك، و%2/10 هذا الأسبوع): حان وقت تغيير شيء ما، مثل برنامج آخر، أو مستويات أسهل، أو وقت مختلف من اليوم.</numerusform>
            <numerusform>%n أسبوعًا بلا تحسّن (نحو %1/10 آنذاك، و%2/10 هذا الأسبوع): حان وقت تغيير شيء ما، مثل برنامج آخر، أو مستويات أسهل، أو وقت مختلف من اليوم.</numerusform>
            <numerusform>%n أسبوع بلا تحسّن (نحو %1/10 آنذاك، و%2/10 هذا الأسبوع): حان وقت تغيير شيء ما، مثل برنامج آخر، أو مستويات أسهل، أو وقت مختلف من اليوم.</numerusform>
        </translation>
    </message>
    <message>
        <source>easier</source>
        <extracomment>How the levels are named when an exercise has the usual three; more are numbered.</extracomment>
        <translation>أسهل</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>harder</source>
        <translation>أصعب</translation>
    </message>
    <message>
        <source>hardest</source>
        <translation>الأصعب</translation>
    </message>
    <message>
        <source>gentlest</source>
        <translation>الألطف</translation>
    </message>
    <message>
        <source>Left out until %1: it raised your pain; other exercises cover its regions</source>
        <translation>مستبعد حتى %1: زاد ألمك؛ وتمارين أخرى تغطي مناطقه</translation>
    </message>
    <message>
        <source>Back in the plan, one level easier (%1): its time out is over</source>
        <translation>عاد إلى الخطة بمستوى أسهل (%1): انتهت فترة استبعاده</translation>
    </message>
    <message>
        <source>Holding: it took your pain to %1/10; waiting to see how the next morning feels</source>
        <translation>تثبيت: رفع ألمك إلى %1/10؛ ننتظر لنرى شعورك صباح الغد</translation>
    </message>
    <message>
        <source>Left out for a week: it took your pain to %1/10 and the next morning was still worse than usual (%2 against %3)</source>
        <translation>مستبعد لمدة أسبوع: رفع ألمك إلى %1/10 وبقي الصباح التالي أسوأ من المعتاد (%2 مقابل %3)</translation>
    </message>
    <message numerus="yes">
        <source>Holding at the easiest level: your mornings were worse than usual for %n days running</source>
        <translation>
            <numerusform>تثبيت عند أسهل مستوى: كانت صباحاتك أسوأ من المعتاد %n يوم على التوالي</numerusform>
            <numerusform>تثبيت عند أسهل مستوى: كانت صباحاتك أسوأ من المعتاد %n يوم</numerusform>
            <numerusform>تثبيت عند أسهل مستوى: كانت صباحاتك أسوأ من المعتاد يومين على التوالي</numerusform>
            <numerusform>تثبيت عند أسهل مستوى: كانت صباحاتك أسوأ من المعتاد %n أيام على التوالي</numerusform>
            <numerusform>تثبيت عند أسهل مستوى: كانت صباحاتك أسوأ من المعتاد %n يومًا على التوالي</numerusform>
            <numerusform>تثبيت عند أسهل مستوى: كانت صباحاتك أسوأ من المعتاد %n يوم على التوالي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step back to %1: your mornings were worse than usual for %n days running</source>
        <translation>
            <numerusform>تراجع إلى المستوى «%1»: كانت صباحاتك أسوأ من المعتاد %n يوم على التوالي</numerusform>
            <numerusform>تراجع إلى المستوى «%1»: كانت صباحاتك أسوأ من المعتاد %n يوم</numerusform>
            <numerusform>تراجع إلى المستوى «%1»: كانت صباحاتك أسوأ من المعتاد يومين على التوالي</numerusform>
            <numerusform>تراجع إلى المستوى «%1»: كانت صباحاتك أسوأ من المعتاد %n أيام على التوالي</numerusform>
            <numerusform>تراجع إلى المستوى «%1»: كانت صباحاتك أسوأ من المعتاد %n يومًا على التوالي</numerusform>
            <numerusform>تراجع إلى المستوى «%1»: كانت صباحاتك أسوأ من المعتاد %n يوم على التوالي</numerusform>
        </translation>
    </message>
    <message>
        <source>Holding: it took your pain to %1/10 on %2; it settled by the next morning, so it stays at this level a few days more</source>
        <translation>تثبيت: رفع ألمك إلى %1/10 في %2؛ ثم هدأ بحلول الصباح التالي، لذا يبقى عند هذا المستوى بضعة أيام أخرى</translation>
    </message>
    <message numerus="yes">
        <source>Level up to %1: your mornings stayed the same or better for %n days</source>
        <translation>
            <numerusform>ارتقاء إلى المستوى «%1»: بقيت صباحاتك كما هي أو أفضل مدة %n يوم</numerusform>
            <numerusform>ارتقاء إلى المستوى «%1»: بقيت صباحاتك كما هي أو أفضل مدة %n يوم</numerusform>
            <numerusform>ارتقاء إلى المستوى «%1»: بقيت صباحاتك كما هي أو أفضل مدة يومين</numerusform>
            <numerusform>ارتقاء إلى المستوى «%1»: بقيت صباحاتك كما هي أو أفضل مدة %n أيام</numerusform>
            <numerusform>ارتقاء إلى المستوى «%1»: بقيت صباحاتك كما هي أو أفضل مدة %n يومًا</numerusform>
            <numerusform>ارتقاء إلى المستوى «%1»: بقيت صباحاتك كما هي أو أفضل مدة %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Holding at the hardest level: your mornings stayed the same or better for %n days</source>
        <translation>
            <numerusform>تثبيت عند أصعب مستوى: بقيت صباحاتك كما هي أو أفضل مدة %n يوم</numerusform>
            <numerusform>تثبيت عند أصعب مستوى: بقيت صباحاتك كما هي أو أفضل مدة %n يوم</numerusform>
            <numerusform>تثبيت عند أصعب مستوى: بقيت صباحاتك كما هي أو أفضل مدة يومين</numerusform>
            <numerusform>تثبيت عند أصعب مستوى: بقيت صباحاتك كما هي أو أفضل مدة %n أيام</numerusform>
            <numerusform>تثبيت عند أصعب مستوى: بقيت صباحاتك كما هي أو أفضل مدة %n يومًا</numerusform>
            <numerusform>تثبيت عند أصعب مستوى: بقيت صباحاتك كما هي أو أفضل مدة %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Holding: a recent morning was worse than usual; waiting for it to settle</source>
        <translation>تثبيت: كان أحد الصباحات الأخيرة أسوأ من المعتاد؛ ننتظر حتى يهدأ</translation>
    </message>
    <message numerus="yes">
        <source>Holding: %1 of %n steady mornings so far (answer the morning question to move on)</source>
        <translation>
            <numerusform>تثبيت: %1 من %n صباح مستقر حتى الآن (أجب عن سؤال الصباح للمتابعة)</numerusform>
            <numerusform>تثبيت: %1 من %n صباح مستقر حتى الآن (أجب عن سؤال الصباح للمتابعة)</numerusform>
            <numerusform>تثبيت: %1 من صباحين مستقرين حتى الآن (أجب عن سؤال الصباح للمتابعة)</numerusform>
            <numerusform>تثبيت: %1 من %n صباحات مستقرة حتى الآن (أجب عن سؤال الصباح للمتابعة)</numerusform>
            <numerusform>تثبيت: %1 من %n صباحًا مستقرًا حتى الآن (أجب عن سؤال الصباح للمتابعة)</numerusform>
            <numerusform>تثبيت: %1 من %n صباح مستقر حتى الآن (أجب عن سؤال الصباح للمتابعة)</numerusform>
        </translation>
    </message>
    <message>
        <source>wrist and hand</source>
        <translation>الرسغ واليد</translation>
    </message>
    <message>
        <source>low back</source>
        <translation>أسفل الظهر</translation>
    </message>
    <message>
        <source>Calm things down</source>
        <translation>التهدئة أولًا</translation>
    </message>
    <message>
        <source>Neck and upper back for screen work</source>
        <translation>الرقبة وأعلى الظهر للعمل على الشاشة</translation>
    </message>
    <message>
        <source>Ease a stiff neck and rounded shoulders, then build upper-back endurance.</source>
        <translation>خفّف تيبّس الرقبة وتقوّس الكتفين، ثم ابنِ قدرة أعلى الظهر على التحمّل.</translation>
    </message>
    <message>
        <source>Small, easy movements that feel good.</source>
        <translation>حركات صغيرة وسهلة تشعرك بالارتياح.</translation>
    </message>
    <message>
        <source>Patterning</source>
        <translation>تعلّم النمط الصحيح</translation>
    </message>
    <message>
        <source>Sit tall with the head over the shoulders.</source>
        <translation>اجلس مستقيمًا والرأس فوق الكتفين.</translation>
    </message>
    <message>
        <source>Build capacity</source>
        <translation>بناء القدرة</translation>
    </message>
    <message>
        <source>Hold good positions for longer.</source>
        <translation>حافظ على الوضعيات الجيدة مدة أطول.</translation>
    </message>
    <message>
        <source>Low back: breathe, brace and hinge</source>
        <translation>أسفل الظهر: التنفس وشدّ البطن والانحناء من الوركين</translation>
    </message>
    <message>
        <source>Settle the low back, learn to breathe, brace and hinge, then build strength.</source>
        <translation>هدّئ أسفل الظهر، وتعلّم التنفس وشدّ البطن والانحناء من الوركين، ثم ابنِ القوة.</translation>
    </message>
    <message>
        <source>Gentle movement and walking; find the directions that ease it.</source>
        <translation>حركة لطيفة ومشي؛ اكتشف الاتجاهات التي تخفّف الألم.</translation>
    </message>
    <message>
        <source>Breathe, brace, hinge</source>
        <translation>التنفس، شدّ البطن، الانحناء من الوركين</translation>
    </message>
    <message>
        <source>Bend from the hips with the back in one line.</source>
        <translation>انحنِ من الوركين والظهر على خط واحد.</translation>
    </message>
    <message>
        <source>More hinges and stands, with steady breathing.</source>
        <translation>مزيد من الانحناء من الوركين والوقوف، مع تنفس منتظم.</translation>
    </message>
    <message>
        <source>Resilience</source>
        <translation>المرونة والصمود</translation>
    </message>
    <message>
        <source>Keep moving through busy days.</source>
        <translation>واصل الحركة في الأيام المزدحمة.</translation>
    </message>
    <message>
        <source>Wrists and forearms for keyboard and mouse work</source>
        <translation>الرسغان والساعدان للعمل بلوحة المفاتيح والفأرة</translation>
    </message>
    <message>
        <source>Glide the tendons, stretch the forearms and free the shoulders that drive them.</source>
        <translation>حرّك الأوتار بانسياب، ومدّد الساعدين، وحرّر الكتفين اللتين تحرّكانهما.</translation>
    </message>
    <message>
        <source>Easy finger and shoulder movement.</source>
        <translation>حركة سهلة للأصابع والكتفين.</translation>
    </message>
    <message>
        <source>Glide and stretch</source>
        <translation>الانزلاق والإطالة</translation>
    </message>
    <message>
        <source>Gentle forearm stretches, no pins and needles.</source>
        <translation>إطالات لطيفة للساعد، من دون تنميل.</translation>
    </message>
    <message>
        <source>Stretch the chest and upper back as well.</source>
        <translation>مدّد الصدر وأعلى الظهر أيضًا.</translation>
    </message>
    <message>
        <source>Sit less: stand and walk</source>
        <translation>اجلس أقل: قف وامشِ</translation>
    </message>
    <message>
        <source>Break up long sitting with stands, marches and short walks.</source>
        <translation>قطّع الجلوس الطويل بالوقوف والمشي في المكان والمشي القصير.</translation>
    </message>
    <message>
        <source>Break up sitting</source>
        <translation>قطّع الجلوس</translation>
    </message>
    <message>
        <source>Move your legs every break.</source>
        <translation>حرّك ساقيك في كل استراحة.</translation>
    </message>
    <message>
        <source>Stand and walk</source>
        <translation>قف وامشِ</translation>
    </message>
    <message>
        <source>Get up and walk a little every break.</source>
        <translation>انهض وامشِ قليلًا في كل استراحة.</translation>
    </message>
    <message>
        <source>Phase %1 of %2 (%3)</source>
        <translation>المرحلة %1 من %2 (%3)</translation>
    </message>
    <message>
        <source>%1: day %2 of %3</source>
        <translation>%1: اليوم %2 من %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: staying, as your mornings were worse than usual for %n days running</source>
        <translation>
            <numerusform>%1: باقٍ، لأن صباحاتك كانت أسوأ من المعتاد %n يوم على التوالي</numerusform>
            <numerusform>%1: باقٍ، لأن صباحاتك كانت أسوأ من المعتاد %n يوم</numerusform>
            <numerusform>%1: باقٍ، لأن صباحاتك كانت أسوأ من المعتاد يومين على التوالي</numerusform>
            <numerusform>%1: باقٍ، لأن صباحاتك كانت أسوأ من المعتاد %n أيام على التوالي</numerusform>
            <numerusform>%1: باقٍ، لأن صباحاتك كانت أسوأ من المعتاد %n يومًا على التوالي</numerusform>
            <numerusform>%1: باقٍ، لأن صباحاتك كانت أسوأ من المعتاد %n يوم على التوالي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: moves on after %n steady mornings in a row (answer the morning question)</source>
        <translation>
            <numerusform>%1: ينتقل بعد %n صباح مستقر على التوالي (أجب عن سؤال الصباح)</numerusform>
            <numerusform>%1: ينتقل بعد %n صباح مستقر (أجب عن سؤال الصباح)</numerusform>
            <numerusform>%1: ينتقل بعد صباحين مستقرين على التوالي (أجب عن سؤال الصباح)</numerusform>
            <numerusform>%1: ينتقل بعد %n صباحات مستقرة على التوالي (أجب عن سؤال الصباح)</numerusform>
            <numerusform>%1: ينتقل بعد %n صباحًا مستقرًا على التوالي (أجب عن سؤال الصباح)</numerusform>
            <numerusform>%1: ينتقل بعد %n صباح مستقر على التوالي (أجب عن سؤال الصباح)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is complete: well done</source>
        <translation>اكتمل %1: أحسنت</translation>
    </message>
    <message numerus="yes">
        <source>Next phase, %1: your mornings stayed the same or better for %n days</source>
        <translation>
            <numerusform>المرحلة التالية، %1: بقيت صباحاتك كما هي أو أفضل مدة %n يوم</numerusform>
            <numerusform>المرحلة التالية، %1: بقيت صباحاتك كما هي أو أفضل مدة %n يوم</numerusform>
            <numerusform>المرحلة التالية، %1: بقيت صباحاتك كما هي أو أفضل مدة يومين</numerusform>
            <numerusform>المرحلة التالية، %1: بقيت صباحاتك كما هي أو أفضل مدة %n أيام</numerusform>
            <numerusform>المرحلة التالية، %1: بقيت صباحاتك كما هي أو أفضل مدة %n يومًا</numerusform>
            <numerusform>المرحلة التالية، %1: بقيت صباحاتك كما هي أو أفضل مدة %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins with %1 discomfort lately</source>
        <translation>
            <numerusform>%n تسجيل حالة مع انزعاج %1 مؤخرًا</numerusform>
            <numerusform>%n تسجيل حالة مع انزعاج %1 مؤخرًا</numerusform>
            <numerusform>تسجيلان للحالة مع انزعاج %1 مؤخرًا</numerusform>
            <numerusform>%n تسجيلات حالة مع انزعاج %1 مؤخرًا</numerusform>
            <numerusform>%n تسجيلًا للحالة مع انزعاج %1 مؤخرًا</numerusform>
            <numerusform>%n تسجيل حالة مع انزعاج %1 مؤخرًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checklist items %1</source>
        <translation>
            <numerusform>بنود قائمة التحقق %1</numerusform>
            <numerusform>بند قائمة التحقق %1</numerusform>
            <numerusform>بندا قائمة التحقق %1</numerusform>
            <numerusform>بنود قائمة التحقق %1</numerusform>
            <numerusform>بنود قائمة التحقق %1</numerusform>
            <numerusform>بنود قائمة التحقق %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New trouble passing urine, or losing control of your bladder or bowel</source>
        <translation>صعوبة جديدة في التبول، أو فقدان التحكم في المثانة أو الأمعاء</translation>
    </message>
    <message>
        <source>Numbness between your legs, around your bottom or inner thighs</source>
        <translation>خدر بين الساقين، أو حول المقعدة أو باطن الفخذين</translation>
    </message>
    <message>
        <source>Legs that are newly or increasingly weak</source>
        <translation>ساقان ضعيفتان ضعفًا جديدًا أو متزايدًا</translation>
    </message>
    <message>
        <source>Back pain together with chest pain</source>
        <translation>ألم في الظهر مصحوب بألم في الصدر</translation>
    </message>
    <message>
        <source>Fever or night sweats along with back pain</source>
        <translation>حمى أو تعرّق ليلي مع ألم في الظهر</translation>
    </message>
    <message>
        <source>Weight loss you cannot explain</source>
        <translation>فقدان وزن لا تجد له تفسيرًا</translation>
    </message>
    <message>
        <source>Pain at night that does not ease when you rest</source>
        <translation>ألم ليلي لا يخفّ عند الراحة</translation>
    </message>
    <message>
        <source>Pain that began with a fall, accident or other hard knock</source>
        <translation>ألم بدأ بعد سقوط أو حادث أو ضربة قوية أخرى</translation>
    </message>
    <message>
        <source>Pain shooting down below the knee</source>
        <translation>ألم حاد يمتد إلى ما تحت الركبة</translation>
    </message>
    <message>
        <source>Numbness or tingling that is spreading</source>
        <translation>خدر أو وخز ينتشر</translation>
    </message>
    <message>
        <source>Pain that has changed your daily life for more than a week</source>
        <translation>ألم غيّر حياتك اليومية لأكثر من أسبوع</translation>
    </message>
    <message>
        <source>A second or third bout of this pain within a year</source>
        <translation>نوبة ثانية أو ثالثة من هذا الألم خلال عام</translation>
    </message>
    <message>
        <source>Pain that keeps climbing, tingling, numbness or dizziness during an exercise</source>
        <translation>ألم يظل يزداد، أو وخز، أو خدر، أو دوار أثناء التمرين</translation>
    </message>
    <message>
        <source>Call an ambulance or go to an emergency department now if</source>
        <translation>اتصل بالإسعاف أو اذهب إلى قسم الطوارئ الآن إذا</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist in the next few days if</source>
        <translation>راجع طبيبًا أو أخصائي علاج طبيعي خلال الأيام القليلة القادمة إذا</translation>
    </message>
    <message>
        <source>Stop the exercise, and leave it out until you have asked a clinician, if you notice</source>
        <translation>أوقف التمرين، واستبعده حتى تستشير مختصًا صحيًا، إذا لاحظت</translation>
    </message>
    <message>
        <source>DeskCoach offers general movement guidance; it cannot tell what causes your pain. Sources: NHS, Back pain (2023).</source>
        <translation>يقدّم DeskCoach إرشادات عامة للحركة؛ ولا يمكنه معرفة سبب ألمك. المصادر: NHS, Back pain (2023).</translation>
    </message>
    <message>
        <source>This self-assessment supports, but does not replace, the workstation assessment your employer carries out. Report aches, tingling or eye strain to your manager or assessor.</source>
        <translation>هذا التقييم الذاتي يدعم تقييم مكان العمل الذي يجريه صاحب العمل، لكنه لا يحلّ محله. أبلغ مديرك أو المقيّم عن الآلام أو الوخز أو إجهاد العينين.</translation>
    </message>
    <message>
        <source>Answers</source>
        <extracomment>the report&apos;s fixed words, translated when the report is made</extracomment>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>بلا إجابة</translation>
    </message>
    <message>
        <source>Nothing to fix.</source>
        <translation>لا شيء يحتاج إلى إصلاح.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>تم في %1</translation>
    </message>
    <message>
        <source>Workstation self-assessment</source>
        <translation>التقييم الذاتي لمكان العمل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>مكان العمل</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>المتابعة قبل</translation>
    </message>
    <message>
        <source>For the assessor</source>
        <translation>للمقيّم</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Assessor&apos;s name</source>
        <translation>اسم المقيّم</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Generated by DeskCoach; the questions are DeskCoach&apos;s own wording, based on the sources above.</source>
        <translation>أنشأه DeskCoach؛ الأسئلة بصياغة DeskCoach الخاصة، استنادًا إلى المصادر أعلاه.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n applicable points fine, %2 to act on</source>
        <translation>
            <numerusform>%1 من %n نقطة منطبقة على ما يرام، و%2 تحتاج إلى إجراء</numerusform>
            <numerusform>%1 من %n نقطة منطبقة على ما يرام، و%2 تحتاج إلى إجراء</numerusform>
            <numerusform>%1 من نقطتين منطبقتين على ما يرام، و%2 تحتاج إلى إجراء</numerusform>
            <numerusform>%1 من %n نقاط منطبقة على ما يرام، و%2 تحتاج إلى إجراء</numerusform>
            <numerusform>%1 من %n نقطة منطبقة على ما يرام، و%2 تحتاج إلى إجراء</numerusform>
            <numerusform>%1 من %n نقطة منطبقة على ما يرام، و%2 تحتاج إلى إجراء</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Workstation self-assessment, made with DeskCoach</source>
        <translation>التقييم الذاتي لمكان العمل، أُعدّ باستخدام DeskCoach</translation>
    </message>
    <message>
        <source>Name not given</source>
        <translation>الاسم غير مذكور</translation>
    </message>
    <message>
        <source>Desktop computer</source>
        <translation>حاسوب مكتبي</translation>
    </message>
    <message>
        <source>Laptop on its own</source>
        <translation>حاسوب محمول وحده</translation>
    </message>
    <message>
        <source>Laptop with separate screen and keyboard</source>
        <translation>حاسوب محمول مع شاشة ولوحة مفاتيح منفصلتين</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>مرفوض: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>Logged %1/10 (%2) at %3.</source>
        <translation>سُجّل %1/10 (%2) الساعة %3.</translation>
    </message>
    <message>
        <source>Logged %1/10 at %2.</source>
        <translation>سُجّل %1/10 الساعة %2.</translation>
    </message>
    <message>
        <source>
Your answer matches a warning sign:</source>
        <translation>
إجابتك تطابق علامة تحذيرية:</translation>
    </message>
    <message>
        <source>
When to get help</source>
        <translation>
متى تطلب المساعدة</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>--days must be a whole number of days from 1 to %1, not %2</source>
        <translation>يجب أن تكون قيمة --days عددًا صحيحًا من الأيام من 1 إلى %1، لا %2</translation>
    </message>
    <message>
        <source>No check-ins in the last %1 days. `deskcoach checkin --pain N` adds one.</source>
        <translation>لا تسجيلات للحالة في آخر %1 من الأيام. يضيف `deskcoach checkin --pain N` تسجيلًا.</translation>
    </message>
    <message>
        <source>
Plan changes</source>
        <translation>
تغييرات الخطة</translation>
    </message>
    <message>
        <source>There is no programme %1; `deskcoach programme list` names them.</source>
        <translation>لا يوجد برنامج باسم %1؛ يسرد `deskcoach programme list` البرامج.</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n أسبوع</numerusform>
            <numerusform>%n أسبوع</numerusform>
            <numerusform>أسبوعان</numerusform>
            <numerusform>%n أسابيع</numerusform>
            <numerusform>%n أسبوعًا</numerusform>
            <numerusform>%n أسبوع</numerusform>
        </translation>
    </message>
    <message>
        <source>suggested: %1</source>
        <translation>مقترح: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %n weeks
%3
</source>
        <translation>
            <numerusform>%1 (%2)، %n أسبوع
%3
</numerusform>
            <numerusform>%1 (%2)، %n أسبوع
%3
</numerusform>
            <numerusform>%1 (%2)، أسبوعان
%3
</numerusform>
            <numerusform>%1 (%2)، %n أسابيع
%3
</numerusform>
            <numerusform>%1 (%2)، %n أسبوعًا
%3
</numerusform>
            <numerusform>%1 (%2)، %n أسبوع
%3
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Phase %1: %2 (%n days). %3</source>
        <translation>
            <numerusform>المرحلة %1: %2 (%n يوم). %3</numerusform>
            <numerusform>المرحلة %1: %2 (%n يوم). %3</numerusform>
            <numerusform>المرحلة %1: %2 (يومان). %3</numerusform>
            <numerusform>المرحلة %1: %2 (%n أيام). %3</numerusform>
            <numerusform>المرحلة %1: %2 (%n يومًا). %3</numerusform>
            <numerusform>المرحلة %1: %2 (%n يوم). %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Programme stopped; breaks draw from the whole catalogue again.</source>
        <translation>أُوقف البرنامج؛ تُختار الاستراحات من الكتالوج كله مجددًا.</translation>
    </message>
    <message>
        <source>No programme is running. `deskcoach programme list` shows them.</source>
        <translation>لا يوجد برنامج قيد التشغيل. يعرضها `deskcoach programme list`.</translation>
    </message>
    <message>
        <source>%1: %2, phase %3 (%4).
%5.</source>
        <translation>%1: %2، المرحلة %3 (%4).
%5.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>كُتب %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <source>There is no exercise &apos;%1&apos;. `deskcoach exercises` lists them.</source>
        <translation>لا يوجد تمرين &apos;%1&apos;. يسرد `deskcoach exercises` التمارين.</translation>
    </message>
    <message>
        <source>Dose: %1. About %2 s. Position: %3. Regions: %4.</source>
        <translation>الجرعة: %1. نحو %2 ث. الوضعية: %3. المناطق: %4.</translation>
    </message>
    <message>
        <source>Seated alternative: %1</source>
        <translation>البديل جلوسًا: %1</translation>
    </message>
    <message>
        <source>Level %1: %2. %3</source>
        <translation>المستوى «%1»: %2. %3</translation>
    </message>
    <message numerus="yes">
        <source>, %n reps</source>
        <translation>
            <numerusform>، %n تكرار</numerusform>
            <numerusform>، %n تكرار</numerusform>
            <numerusform>، تكراران</numerusform>
            <numerusform>، %n تكرارات</numerusform>
            <numerusform>، %n تكرارًا</numerusform>
            <numerusform>، %n تكرار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n breaths</source>
        <translation>
            <numerusform>، %n نفَس</numerusform>
            <numerusform>، %n نفَس</numerusform>
            <numerusform>، نفَسان</numerusform>
            <numerusform>، %n أنفاس</numerusform>
            <numerusform>، %n نفَسًا</numerusform>
            <numerusform>، %n نفَس</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1. %2 (%3 s%4)</source>
        <translation>  %1. %2 (%3 ث%4)</translation>
    </message>
    <message>
        <source>Caution: %1</source>
        <translation>تنبيه: %1</translation>
    </message>
    <message>
        <source>Why this dose: %1</source>
        <translation>لماذا هذه الجرعة: %1</translation>
    </message>
    <message>
        <source>Give one exercise ID or --all.</source>
        <translation>حدّد معرّف تمرين واحدًا أو --all.</translation>
    </message>
    <message>
        <source>Could not make %1: %2</source>
        <translation>تعذّر إنشاء %1: %2</translation>
    </message>
    <message>
        <source>The checklist cannot be used: %1</source>
        <translation>لا يمكن استخدام قائمة التحقق: %1</translation>
    </message>
    <message>
        <source>(laptop users)</source>
        <translation>(لمستخدمي الحاسوب المحمول)</translation>
    </message>
    <message>
        <source>--assessment takes &apos;latest&apos; or a date like 2026-11-21, not %1</source>
        <translation>يقبل --assessment القيمة &apos;latest&apos; أو تاريخًا مثل 2026-11-21، لا %1</translation>
    </message>
    <message>
        <source>No completed workstation check found for %1. Choose Checklist... in the DeskCoach menu to do one.</source>
        <translation>لم يُعثر على فحص مكتمل لمكان العمل لـ %1. اختر «قائمة التحقق...» من قائمة DeskCoach لإجراء فحص.</translation>
    </message>
    <message>
        <source>Refused: --format %1 is turned off by your organisation (statistics export); the table and the progress window still show your statistics</source>
        <extracomment>The longest range `stats --days` shows, and the dates it accepts (so no day overflows). `stats` columns, in the table, CSV and JSON alike: `taken` is a count of breaks, and `compliance` the share of due breaks taken (a percentage in the table, 0-1 in CSV/JSON); `eye_breaks` counts the eye micro-breaks shown, apart from the movement breaks. How long `deskcoach import` waits for the running app to import (a million breaks take it about half a minute on a slow machine).</extracomment>
        <translation>مرفوض: عطّلت مؤسستك --format %1 (تصدير الإحصاءات)؛ ولا يزال الجدول ونافذة التقدم يعرضان إحصاءاتك</translation>
    </message>
    <message>
        <source>--summary prints a table or JSON (--format table|json), not CSV</source>
        <translation>يطبع --summary جدولًا أو JSON (--format table|json)، لا CSV</translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation>لا شيء مستحق</translation>
    </message>
    <message>
        <source> (%1 points)</source>
        <translation> (الفرق بالنقاط المئوية: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n breaks taken</source>
        <translation>
            <numerusform>أُخذت %1 من %n استراحة</numerusform>
            <numerusform>أُخذت %1 من %n استراحة</numerusform>
            <numerusform>أُخذت %1 من استراحتين</numerusform>
            <numerusform>أُخذت %1 من %n استراحات</numerusform>
            <numerusform>أُخذت %1 من %n استراحة</numerusform>
            <numerusform>أُخذت %1 من %n استراحة</numerusform>
        </translation>
    </message>
    <message>
        <source> of due breaks taken%1</source>
        <translation> من الاستراحات المستحقة أُخذت%1</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>الأسبوع الماضي</translation>
    </message>
    <message numerus="yes">
        <source>%n days at %1 or more</source>
        <translation>
            <numerusform>%n يوم بنسبة %1 أو أكثر</numerusform>
            <numerusform>%n يوم بنسبة %1 أو أكثر</numerusform>
            <numerusform>يومان بنسبة %1 أو أكثر</numerusform>
            <numerusform>%n أيام بنسبة %1 أو أكثر</numerusform>
            <numerusform>%n يومًا بنسبة %1 أو أكثر</numerusform>
            <numerusform>%n يوم بنسبة %1 أو أكثر</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: exporting your data is turned off by your organisation</source>
        <translation>مرفوض: عطّلت مؤسستك تصدير بياناتك</translation>
    </message>
    <message>
        <source>Wrote %1 breaks, %2 checklist assessments and your settings to %3</source>
        <translation>كُتبت الاستراحات (%1) وتقييمات قائمة التحقق (%2) وإعداداتك في %3</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>Refused, nothing was changed: %1</source>
        <translation>مرفوض، لم يُغيَّر شيء: %1</translation>
    </message>
    <message>
        <source>Could not check %1: %2</source>
        <translation>تعذّر فحص %1: %2</translation>
    </message>
    <message>
        <source>Could not import into %1: %2</source>
        <translation>تعذّر الاستيراد إلى %1: %2</translation>
    </message>
    <message>
        <source>DeskCoach: %1</source>
        <translation>DeskCoach: %1</translation>
    </message>
    <message>
        <source>DeskCoach is not running. Start it with `deskcoach` (or `deskcoach run`).</source>
        <translation>DeskCoach لا يعمل. شغّله بالأمر `deskcoach` (أو `deskcoach run`).</translation>
    </message>
    <message numerus="yes">
        <source>Programme: %1, week %2 of %n, phase %3 (%4)</source>
        <translation>
            <numerusform>البرنامج: %1، الأسبوع %2 من %n، المرحلة %3 (%4)</numerusform>
            <numerusform>البرنامج: %1، الأسبوع %2 من %n، المرحلة %3 (%4)</numerusform>
            <numerusform>البرنامج: %1، الأسبوع %2 من %n، المرحلة %3 (%4)</numerusform>
            <numerusform>البرنامج: %1، الأسبوع %2 من %n، المرحلة %3 (%4)</numerusform>
            <numerusform>البرنامج: %1، الأسبوع %2 من %n، المرحلة %3 (%4)</numerusform>
            <numerusform>البرنامج: %1، الأسبوع %2 من %n، المرحلة %3 (%4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Programme: %1, week %2 of a %n-week programme, phase %3 (%4)</source>
        <translation>
            <numerusform>البرنامج: %1، الأسبوع %2 من برنامج مدته %n أسبوع، المرحلة %3 (%4)</numerusform>
            <numerusform>البرنامج: %1، الأسبوع %2 من برنامج مدته %n أسبوع، المرحلة %3 (%4)</numerusform>
            <numerusform>البرنامج: %1، الأسبوع %2 من برنامج مدته أسبوعان، المرحلة %3 (%4)</numerusform>
            <numerusform>البرنامج: %1، الأسبوع %2 من برنامج مدته %n أسابيع، المرحلة %3 (%4)</numerusform>
            <numerusform>البرنامج: %1، الأسبوع %2 من برنامج مدته %n أسبوعًا، المرحلة %3 (%4)</numerusform>
            <numerusform>البرنامج: %1، الأسبوع %2 من برنامج مدته %n أسبوع، المرحلة %3 (%4)</numerusform>
        </translation>
    </message>
    <message>
        <source>Working</source>
        <translation>وقت العمل</translation>
    </message>
    <message>
        <source>Break about to start</source>
        <translation>الاستراحة على وشك البدء</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>في استراحة</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>مؤجّلة</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n مكتملة</numerusform>
            <numerusform>%n مكتملة</numerusform>
            <numerusform>%n مكتملة</numerusform>
            <numerusform>%n مكتملة</numerusform>
            <numerusform>%n مكتملة</numerusform>
            <numerusform>%n مكتملة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n natural breaks (time away)</source>
        <translation>
            <numerusform>%n استراحة طبيعية (ابتعاد)</numerusform>
            <numerusform>%n استراحة طبيعية (ابتعاد)</numerusform>
            <numerusform>استراحتان طبيعيتان (ابتعاد)</numerusform>
            <numerusform>%n استراحات طبيعية (ابتعاد)</numerusform>
            <numerusform>%n استراحة طبيعية (ابتعاد)</numerusform>
            <numerusform>%n استراحة طبيعية (ابتعاد)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n متخطّاة</numerusform>
            <numerusform>%n متخطّاة</numerusform>
            <numerusform>%n متخطّاة</numerusform>
            <numerusform>%n متخطّاة</numerusform>
            <numerusform>%n متخطّاة</numerusform>
            <numerusform>%n متخطّاة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed</source>
        <translation>
            <numerusform>%n مؤجّلة</numerusform>
            <numerusform>%n مؤجّلة</numerusform>
            <numerusform>%n مؤجّلة</numerusform>
            <numerusform>%n مؤجّلة</numerusform>
            <numerusform>%n مؤجّلة</numerusform>
            <numerusform>%n مؤجّلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n فائتة</numerusform>
            <numerusform>%n فائتة</numerusform>
            <numerusform>%n فائتة</numerusform>
            <numerusform>%n فائتة</numerusform>
            <numerusform>%n فائتة</numerusform>
            <numerusform>%n فائتة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n eye breaks</source>
        <translation>
            <numerusform>%n استراحة للعينين</numerusform>
            <numerusform>%n استراحة للعينين</numerusform>
            <numerusform>استراحتان للعينين</numerusform>
            <numerusform>%n استراحات للعينين</numerusform>
            <numerusform>%n استراحة للعينين</numerusform>
            <numerusform>%n استراحة للعينين</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On a break: %n s left.</source>
        <translation>
            <numerusform>في استراحة: بقي %n ث.</numerusform>
            <numerusform>في استراحة: بقي %n ث.</numerusform>
            <numerusform>في استراحة: بقي %n ث.</numerusform>
            <numerusform>في استراحة: بقي %n ث.</numerusform>
            <numerusform>في استراحة: بقي %n ث.</numerusform>
            <numerusform>في استراحة: بقي %n ث.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused until %1.</source>
        <translation>متوقف مؤقتًا حتى %1.</translation>
    </message>
    <message>
        <source>Work timer stopped (the screen is locked) with %1 to the next break.</source>
        <translation>توقف مؤقت العمل (الشاشة مقفلة) وبقي %1 على الاستراحة التالية.</translation>
    </message>
    <message>
        <source>Work timer stopped (you are away) with %1 to the next break.</source>
        <translation>توقف مؤقت العمل (أنت بعيد عن الجهاز) وبقي %1 على الاستراحة التالية.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: next break at %2 (in %n s).</source>
        <translation>
            <numerusform>%1: الاستراحة التالية عند %2 (بعد %n ث).</numerusform>
            <numerusform>%1: الاستراحة التالية عند %2 (بعد %n ث).</numerusform>
            <numerusform>%1: الاستراحة التالية عند %2 (بعد %n ث).</numerusform>
            <numerusform>%1: الاستراحة التالية عند %2 (بعد %n ث).</numerusform>
            <numerusform>%1: الاستراحة التالية عند %2 (بعد %n ث).</numerusform>
            <numerusform>%1: الاستراحة التالية عند %2 (بعد %n ث).</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>اليوم: %1</translation>
    </message>
    <message>
        <source>Refused: &apos;avoid_exercises&apos; names no exercise %1 (`deskcoach exercises` lists them)</source>
        <translation>مرفوض: لا يوجد تمرين %1 مما ذكره &apos;avoid_exercises&apos; (يسردها `deskcoach exercises`)</translation>
    </message>
    <message>
        <source>%1 = %2 (applied to the running DeskCoach)</source>
        <translation>%1 = %2 (طُبّق على DeskCoach قيد التشغيل)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>تعذّر حفظ %1: %2</translation>
    </message>
    <message>
        <source>%1 = %2 (saved; DeskCoach is not running)</source>
        <translation>%1 = %2 (حُفظ؛ DeskCoach لا يعمل)</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: ليس مجلدًا</translation>
    </message>
    <message>
        <source>%1: no policy files (policy.json, managed/*.json, recommended/*.json)</source>
        <translation>%1: لا ملفات سياسة (policy.json، managed/*.json، recommended/*.json)</translation>
    </message>
    <message>
        <source>Trying the policy folder %1: DeskCoach itself reads only the system&apos;s policy (see `deskcoach policy show`).</source>
        <translation>تجربة مجلد السياسة %1: لا يقرأ DeskCoach نفسه إلا سياسة النظام (انظر `deskcoach policy show`).</translation>
    </message>
    <message>
        <source>%1 %2 read from: %3</source>
        <translation>%1 %2 قُرئ من: %3</translation>
    </message>
    <message>
        <source>%1 %2 looked in: %3</source>
        <translation>%1 %2 بحث في: %3</translation>
    </message>
    <message>
        <source>%1 %2 control socket: %3</source>
        <translation>%1 %2 مقبس التحكم: %3</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: تتعذّر قراءته (%2)</translation>
    </message>
    <message>
        <source>%1: not a valid TOML file (%2)</source>
        <translation>%1: ليس ملف TOML صالحًا (%2)</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1: صالح</translation>
    </message>
    <message>
        <source>daily anchors are at most %1 characters</source>
        <translation>يجب ألا يتجاوز عدد أحرف المحطات اليومية %1</translation>
    </message>
    <message>
        <source>cannot read %1: write a name and a time, e.g. &apos;coffee 08:30, lunch 12:30&apos;</source>
        <translation>تتعذّر قراءة %1: اكتب اسمًا ووقتًا، مثل &apos;coffee 08:30, lunch 12:30&apos;</translation>
    </message>
    <message>
        <source>%1: the time must be 00:00-23:59</source>
        <translation>%1: يجب أن يكون الوقت بين 00:00 و23:59</translation>
    </message>
    <message>
        <source>at most %1 daily anchors</source>
        <translation>يجب ألا يتجاوز عدد المحطات اليومية %1</translation>
    </message>
    <message>
        <source>two anchors at the same time; give each its own</source>
        <translation>محطتان في الوقت نفسه؛ أعطِ كلًّا منهما وقتها الخاص</translation>
    </message>
    <message>
        <source>it is outside your working hours: DeskCoach starts again when they begin (change working_hours to work now)</source>
        <translation>إنه خارج ساعات عملك: يبدأ DeskCoach مجددًا عند بدايتها (غيّر working_hours للعمل الآن)</translation>
    </message>
    <message>
        <source>there is no break on screen to finish</source>
        <translation>لا توجد استراحة معروضة لإنهائها</translation>
    </message>
    <message>
        <source>there is no break to snooze right now</source>
        <translation>لا توجد استراحة لتأجيلها الآن</translation>
    </message>
    <message>
        <source>strict mode is on: breaks cannot be snoozed</source>
        <translation>الوضع الصارم مفعّل: لا يمكن تأجيل الاستراحات</translation>
    </message>
    <message>
        <source>this break cannot be snoozed again (limit: %1 per break)</source>
        <translation>لا يمكن تأجيل هذه الاستراحة مرة أخرى (الحد: %1 لكل استراحة)</translation>
    </message>
    <message>
        <source>DeskCoach is paused: there is no break to skip</source>
        <translation>DeskCoach متوقف مؤقتًا: لا توجد استراحة لتخطيها</translation>
    </message>
    <message>
        <source>strict mode is on: breaks cannot be skipped</source>
        <translation>الوضع الصارم مفعّل: لا يمكن تخطي الاستراحات</translation>
    </message>
    <message>
        <source>no skips left today (daily budget: %1)</source>
        <translation>لم يتبقَّ تخطٍّ لليوم (الحد اليومي: %1)</translation>
    </message>
    <message>
        <source>a pause must end in the future</source>
        <translation>يجب أن ينتهي الإيقاف المؤقت في المستقبل</translation>
    </message>
    <message>
        <source>a pause cannot be negative (%1): use e.g. 30m, 1h, 1h30m or tomorrow</source>
        <extracomment>&quot;Pause until tomorrow&quot; resumes at this local time on the next morning.</extracomment>
        <translation>لا يمكن أن تكون مدة الإيقاف المؤقت سالبة (%1): استخدم مثلًا 30m أو 1h أو 1h30m أو tomorrow</translation>
    </message>
    <message>
        <source>cannot read pause length %1: use e.g. 30m, 1h, 1h30m or tomorrow</source>
        <translation>تتعذّر قراءة مدة الإيقاف المؤقت %1: استخدم مثلًا 30m أو 1h أو 1h30m أو tomorrow</translation>
    </message>
    <message>
        <source>pause length %1 is outside 1m-24h</source>
        <translation>مدة الإيقاف المؤقت %1 خارج النطاق 1m-24h</translation>
    </message>
    <message>
        <source>working hours are at most %1 characters</source>
        <translation>يجب ألا يتجاوز عدد أحرف ساعات العمل %1</translation>
    </message>
    <message>
        <source>cannot read %1: write days then hours, e.g. &apos;mon-fri 08:30-17:30&apos;</source>
        <translation>تتعذّر قراءة %1: اكتب الأيام ثم الساعات، مثل &apos;mon-fri 08:30-17:30&apos;</translation>
    </message>
    <message>
        <source>working hours overlap on a day; list each time once</source>
        <translation>تتداخل ساعات العمل في أحد الأيام؛ اذكر كل وقت مرة واحدة</translation>
    </message>
    <message>
        <source>%1 is not a day or day range (use mon..sun, e.g. mon-fri)</source>
        <translation>%1 ليس يومًا أو نطاق أيام (استخدم mon..sun، مثل mon-fri)</translation>
    </message>
    <message>
        <source>%1: a day range runs forward, e.g. mon-fri</source>
        <translation>%1: نطاق الأيام يسير إلى الأمام، مثل mon-fri</translation>
    </message>
    <message>
        <source>%1 is not a time range like 08:30-12:30</source>
        <translation>%1 ليس نطاقًا زمنيًا مثل 08:30-12:30</translation>
    </message>
    <message>
        <source>%1: a range must end after it starts, within one day</source>
        <translation>%1: يجب أن ينتهي النطاق بعد بدايته، ضمن يوم واحد</translation>
    </message>
    <message>
        <source>Pain or discomfort as the user rated it, 0 (none) to 10 (worst). Written by DeskCoach, which gives general movement guidance and does not diagnose.</source>
        <translation>الألم أو الانزعاج كما قيّمه المستخدم، من 0 (لا شيء) إلى 10 (الأسوأ). أعدّه DeskCoach، الذي يقدّم إرشادات عامة للحركة ولا يشخّص.</translation>
    </message>
    <message>
        <source>Pain and exercise log</source>
        <translation>سجل الألم والتمارين</translation>
    </message>
    <message>
        <source>Weekly average</source>
        <translation>المتوسط الأسبوعي</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>الأسبوع</translation>
    </message>
    <message>
        <source>Average (0-10)</source>
        <translation>المتوسط (0-10)</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>تسجيلات الحالة</translation>
    </message>
    <message>
        <source>Plan changes</source>
        <translation>تغييرات الخطة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>الألم</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>التمرين</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>after break</source>
        <translation>بعد الاستراحة</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>صباحي</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>أسبوعي</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>يدوي</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <comment>date range</comment>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>لا تسجيلات للحالة بعد.</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>لا تغييرات بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 · %n check-ins · Programme: %3</source>
        <translation>
            <numerusform>%1 إلى %2 · %n تسجيل حالة · البرنامج: %3</numerusform>
            <numerusform>%1 إلى %2 · %n تسجيل حالة · البرنامج: %3</numerusform>
            <numerusform>%1 إلى %2 · تسجيلان للحالة · البرنامج: %3</numerusform>
            <numerusform>%1 إلى %2 · %n تسجيلات حالة · البرنامج: %3</numerusform>
            <numerusform>%1 إلى %2 · %n تسجيلًا للحالة · البرنامج: %3</numerusform>
            <numerusform>%1 إلى %2 · %n تسجيل حالة · البرنامج: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message numerus="yes">
        <source>Check-ins (the latest %1; %n older ones in the CSV export)</source>
        <translation>
            <numerusform>تسجيلات الحالة (آخر %1؛ و%n أقدم في ملف تصدير CSV)</numerusform>
            <numerusform>تسجيلات الحالة (آخر %1؛ و%n أقدم في ملف تصدير CSV)</numerusform>
            <numerusform>تسجيلات الحالة (آخر %1؛ وتسجيلان أقدم في ملف تصدير CSV)</numerusform>
            <numerusform>تسجيلات الحالة (آخر %1؛ و%n أقدم في ملف تصدير CSV)</numerusform>
            <numerusform>تسجيلات الحالة (آخر %1؛ و%n أقدم في ملف تصدير CSV)</numerusform>
            <numerusform>تسجيلات الحالة (آخر %1؛ و%n أقدم في ملف تصدير CSV)</numerusform>
        </translation>
    </message>
    <message>
        <source>DeskCoach is already running; its icon is in the system tray.</source>
        <translation>DeskCoach يعمل بالفعل؛ أيقونته في علبة النظام.</translation>
    </message>
    <message>
        <source>standing</source>
        <extracomment>each position in words, translated where shown</extracomment>
        <translation>وقوفًا</translation>
    </message>
    <message>
        <source>seated</source>
        <translation>جلوسًا</translation>
    </message>
    <message>
        <source>seated or standing</source>
        <translation>جلوسًا أو وقوفًا</translation>
    </message>
    <message>
        <source>Stop if it hurts, tingles, goes numb, spreads into an arm or leg, or makes you dizzy.</source>
        <translation>توقّف إذا سبّب ألمًا أو وخزًا أو خدرًا، أو امتدت الأعراض إلى ذراع أو ساق، أو أصابك بالدوار.</translation>
    </message>
    <message>
        <source>%1: %2: &apos;%3&apos; %4 breaks the limit (%5, from %6); using %7</source>
        <translation>%1: %2: &apos;%3&apos; %4 يتجاوز الحد (%5، من %6)؛ تُستخدم القيمة %7</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set by your organisation</source>
        <translation>&apos;%1&apos; مضبوط من قِبل مؤسستك</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must stay on (limit set by your organisation)</source>
        <translation>يجب أن يبقى &apos;%1&apos; مفعّلًا (حد وضعته مؤسستك)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; may be at most %2 (limit set by your organisation)</source>
        <translation>لا يمكن أن يتجاوز &apos;%1&apos; القيمة %2 (حد وضعته مؤسستك)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be at least %2 (limit set by your organisation)</source>
        <translation>يجب ألا يقل &apos;%1&apos; عن %2 (حد وضعته مؤسستك)</translation>
    </message>
    <message>
        <source>your settings: %1; ignored</source>
        <translation>إعداداتك: %1؛ تم تجاهله</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 (%3) is limited by your organisation to %4</source>
        <translation>&apos;%1&apos; %2 (%3) قيّدته مؤسستك بالقيمة %4</translation>
    </message>
    <message>
        <source>%1: a policy must be an object of sections (%2), not %3</source>
        <translation>%1: يجب أن تكون السياسة كائنًا من أقسام (%2)، لا %3</translation>
    </message>
    <message>
        <source>&apos;version&apos; is missing; reading it as version %1</source>
        <translation>&apos;version&apos; غير موجود؛ تُقرأ على أنها الإصدار %1</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be an object of setting: value, not %3</source>
        <translation>%1: يجب أن يكون &apos;%2&apos; كائنًا من «إعداد: قيمة»، لا %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; belongs inside &apos;mandatory&apos;; ignored</source>
        <translation>مكان &apos;%1&apos; داخل &apos;mandatory&apos;؛ تم تجاهله</translation>
    </message>
    <message>
        <source>unknown section %1 (known: %2); ignored</source>
        <translation>قسم غير معروف %1 (المعروفة: %2)؛ تم تجاهله</translation>
    </message>
    <message>
        <source>&apos;version&apos; must be %1, not %2; reading it as version %1</source>
        <translation>يجب أن يكون &apos;version&apos; هو %1، لا %2؛ تُقرأ على أنها الإصدار %1</translation>
    </message>
    <message>
        <source>&apos;version&apos; is %1, newer than this DeskCoach understands (%2); known entries are used</source>
        <translation>&apos;version&apos; هو %1، وهو أحدث مما يفهمه DeskCoach هذا (%2)؛ تُستخدم الإدخالات المعروفة</translation>
    </message>
    <message>
        <source>&apos;%1&apos; are only allowed in mandatory policy; ignored</source>
        <translation>&apos;%1&apos; مسموحة في السياسة الإلزامية فقط؛ تم تجاهلها</translation>
    </message>
    <message>
        <source>%1; ignored</source>
        <translation>%1؛ تم تجاهله</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object, not %2; ignored</source>
        <translation>يجب أن يكون &apos;%1&apos; كائنًا، لا %2؛ تم تجاهله</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be limited (limits exist for: %2); ignored</source>
        <translation>لا يمكن تقييد &apos;%1&apos; (الحدود متاحة لـ: %2)؛ تم تجاهله</translation>
    </message>
    <message>
        <source>unknown setting %1; ignored</source>
        <translation>إعداد غير معروف %1؛ تم تجاهله</translation>
    </message>
    <message>
        <source>&apos;%1&apos; false has no effect (a limit can only require it to be on; to switch it off for everyone, set it in mandatory)</source>
        <translation>القيمة false لـ &apos;%1&apos; لا أثر لها (الحد يستطيع فقط أن يشترط تفعيله؛ ولإيقافه للجميع، اضبطه في mandatory)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true (it must be on), not %2; ignored</source>
        <translation>يجب أن يكون &apos;%1&apos; هو true (يجب أن يكون مفعّلًا)، لا %2؛ تم تجاهله</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2, not %3; ignored</source>
        <translation>يجب أن يكون &apos;%1&apos; %2، لا %3؛ تم تجاهله</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes only a &apos;%2&apos; limit (a limit may only make settings stricter), not %3; ignored</source>
        <translation>لا يقبل &apos;%1&apos; إلا حدًّا من نوع &apos;%2&apos; (الحد يجعل الإعدادات أكثر صرامة فقط)، لا %3؛ تم تجاهله</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 must be a whole number (%3), not %4; ignored</source>
        <translation>يجب أن يكون &apos;%1&apos; %2 عددًا صحيحًا (%3)، لا %4؛ تم تجاهله</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 %3 (%4) is no limit; ignored</source>
        <translation>&apos;%1&apos; %2 %3 (%4) ليس حدًّا؛ تم تجاهله</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 %3 is outside %4; using %5</source>
        <translation>&apos;%1&apos; %2 %3 خارج النطاق %4؛ تُستخدم القيمة %5</translation>
    </message>
    <message>
        <source>unknown feature %1 (known: %2); ignored</source>
        <translation>ميزة غير معروفة %1 (المعروفة: %2)؛ تم تجاهلها</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false, not %2; ignored</source>
        <translation>يجب أن يكون &apos;%1&apos; إما true أو false، لا %2؛ تم تجاهله</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 contradicts mandatory &apos;%1&apos; %3; using %3</source>
        <translation>&apos;%1&apos; %2 يتعارض مع الإعداد الإلزامي &apos;%1&apos; %3؛ تُستخدم القيمة %3</translation>
    </message>
    <message>
        <source>%1: written by a newer DeskCoach (schema %2, this one knows %3); it is left untouched and this session&apos;s breaks are kept in memory only</source>
        <translation>%1: كتبه إصدار أحدث من DeskCoach (المخطط %2، وهذا الإصدار يعرف %3)؛ يُترك دون تغيير، وتُحفظ استراحات هذه الجلسة في الذاكرة فقط</translation>
    </message>
    <message>
        <source>Break history could not be saved to %1 (%2). The breaks saved there are left as they are; this session&apos;s breaks are kept in memory and saved there as soon as it can be written again (DeskCoach retries every minute).</source>
        <translation>تعذّر حفظ سجل الاستراحات في %1 (%2). تبقى الاستراحات المحفوظة هناك كما هي؛ وتُحفظ استراحات هذه الجلسة في الذاكرة، ثم تُحفظ هناك بمجرد أن تصبح الكتابة ممكنة مجددًا (يعيد DeskCoach المحاولة كل دقيقة).</translation>
    </message>
    <message>
        <source>%1: damaged (%2); it was moved to %3 and a fresh history started. To recover, quit DeskCoach and try `sqlite3 %3 .recover | sqlite3 recovered.sqlite3`.</source>
        <translation>%1: تالف (%2)؛ نُقل إلى %3 وبدأ سجل جديد. للاستعادة، أنهِ DeskCoach وجرّب `sqlite3 %3 .recover | sqlite3 recovered.sqlite3`.</translation>
    </message>
    <message>
        <source>%1: cannot be used (%2); breaks are kept in memory only this session</source>
        <translation>%1: لا يمكن استخدامه (%2)؛ تُحفظ الاستراحات في الذاكرة فقط خلال هذه الجلسة</translation>
    </message>
    <message>
        <source>%1: not a readable JSON file (%2)</source>
        <extracomment>Each section as exported: its query, and the columns that hold JSON text.
----------
The staged columns of each section: the stored ones, then what the last checks need. Breaks looked up in the history at once, to find those it holds already. The page cache while importing (the history&apos;s own is 512 KiB): a million random look-ups in the uid index need the index in memory. Bounded, and put back afterwards.</extracomment>
        <translation>%1: ليس ملف JSON قابلًا للقراءة (%2)</translation>
    </message>
    <message>
        <source>%1: not a DeskCoach export (&apos;format&apos; must be %2)</source>
        <extracomment>How far ahead of this computer&apos;s clock a recorded time may be (the other one&apos;s was fast). No record is older: clocks that lost their time restart at 1970, never before. How far a break may fall due from when it ended (skipping the next break ahead records a due time in the future; a long sleep one in the past).</extracomment>
        <translation>%1: ليس ملف تصدير من DeskCoach (يجب أن يكون &apos;format&apos; هو %2)</translation>
    </message>
    <message>
        <source>%1: settings: %2</source>
        <translation>%1: الإعدادات: %2</translation>
    </message>
    <message>
        <source>%1: &apos;format_version&apos; is %2; this DeskCoach reads 1-%3</source>
        <translation>%1: قيمة &apos;format_version&apos; هي %2؛ وهذا الإصدار من DeskCoach يقرأ 1-%3</translation>
    </message>
    <message>
        <source>is %1, more than %2 days from its end (%3)</source>
        <translation>قيمته %1، أي أكثر من %2 من الأيام بعد نهايتها (%3)</translation>
    </message>
    <message>
        <source>(%1) is before started (%2)</source>
        <translation>(%1) قبل started (%2)</translation>
    </message>
    <message>
        <source>must be a list of exercise ids</source>
        <translation>يجب أن يكون قائمة بمعرّفات التمارين</translation>
    </message>
    <message>
        <source>(%1) is before its break ended (%2.ended %3)</source>
        <translation>(%1) قبل انتهاء استراحته (%2.ended %3)</translation>
    </message>
    <message>
        <source>%1 is not among its break&apos;s exercises (%2.exercises)</source>
        <translation>%1 ليس من تمارين استراحته (%2.exercises)</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>يجب أن يكون نصًّا</translation>
    </message>
    <message>
        <source>must map item ids to %1</source>
        <translation>يجب أن يربط معرّفات البنود بـ %1</translation>
    </message>
    <message>
        <source>names %1, not a checklist item</source>
        <translation>يذكر %1، وهو ليس بندًا في قائمة التحقق</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be an object</source>
        <translation>%1: يجب أن يكون &apos;%2&apos; كائنًا</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a list</source>
        <translation>%1: يجب أن يكون &apos;%2&apos; قائمة</translation>
    </message>
    <message>
        <source>%1: %2[%3] must be an object</source>
        <translation>%1: يجب أن يكون %2[%3] كائنًا</translation>
    </message>
    <message>
        <source>must be a text of 1-200 characters</source>
        <translation>يجب أن يكون نصًّا من 1-200 حرف</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>يجب أن يكون عددًا صحيحًا من %1 إلى %2</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>يجب أن يكون أحد: %1</translation>
    </message>
    <message>
        <source>must be an ISO 8601 time with its UTC offset</source>
        <translation>يجب أن يكون وقتًا بصيغة ISO 8601 مع فرق التوقيت عن UTC</translation>
    </message>
    <message>
        <source>is %1, before %2</source>
        <translation>قيمته %1، قبل %2</translation>
    </message>
    <message>
        <source>is %1, in the future (this computer&apos;s clock says %2)</source>
        <translation>قيمته %1، في المستقبل (ساعة هذا الحاسوب تشير إلى %2)</translation>
    </message>
    <message>
        <source>(%1) is before %2 (%3)</source>
        <translation>(%1) قبل %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 appears twice</source>
        <translation>%1: %2 يظهر مرتين</translation>
    </message>
    <message>
        <source>a check-in&apos;s time must carry its UTC offset</source>
        <extracomment>after_break: the 10-second question after a break; morning: the first break of the day (&quot;how is it this morning?&quot;); weekly: the body map; manual: `deskcoach checkin`. At or under this during and after exercise is fine (&quot;a mild ache&quot;); above it is too much.</extracomment>
        <translation>يجب أن يتضمن وقت تسجيل الحالة فرق التوقيت عن UTC</translation>
    </message>
    <message>
        <source>pain must be a whole number from 0 to %1, not %2</source>
        <translation>يجب أن يكون الألم عددًا صحيحًا من 0 إلى %1، لا %2</translation>
    </message>
    <message>
        <source>kind is %1, allowed: %2</source>
        <translation>قيمة النوع %1، المسموح: %2</translation>
    </message>
    <message>
        <source>region is %1, allowed: %2</source>
        <translation>قيمة المنطقة %1، المسموح: %2</translation>
    </message>
    <message>
        <source>the note is one line of at most %1 characters</source>
        <translation>يجب أن تكون الملاحظة سطرًا واحدًا لا يتجاوز عدد أحرفه %1</translation>
    </message>
    <message>
        <source>Your answer matches a warning sign:</source>
        <translation>إجابتك تطابق علامة تحذيرية:</translation>
    </message>
    <message numerus="yes">
        <source>week %1 of %n</source>
        <translation>
            <numerusform>الأسبوع %1 من %n</numerusform>
            <numerusform>الأسبوع %1 من %n</numerusform>
            <numerusform>الأسبوع %1 من %n</numerusform>
            <numerusform>الأسبوع %1 من %n</numerusform>
            <numerusform>الأسبوع %1 من %n</numerusform>
            <numerusform>الأسبوع %1 من %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week %1 of a %n-week programme</source>
        <translation>
            <numerusform>الأسبوع %1 من برنامج مدته %n أسبوع</numerusform>
            <numerusform>الأسبوع %1 من برنامج مدته %n أسبوع</numerusform>
            <numerusform>الأسبوع %1 من برنامج مدته أسبوعان</numerusform>
            <numerusform>الأسبوع %1 من برنامج مدته %n أسابيع</numerusform>
            <numerusform>الأسبوع %1 من برنامج مدته %n أسبوعًا</numerusform>
            <numerusform>الأسبوع %1 من برنامج مدته %n أسبوع</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage: the number, then the sign as the language writes it</comment>
        <translation>%1%</translation>
    </message>
</context>
</TS>
