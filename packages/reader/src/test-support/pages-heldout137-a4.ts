/** Held-out batch 137, file a4: the article text (title, headings, paragraphs, lists, caption) the furniture texts and the widget
 * helpers of the Elementor post in file a2. */
export const elTitle = 'Running after 40: how to build your mileage without getting hurt';
export const elP1 = [
  'More people than ever are taking up running in their forties and fifties, and in the clinic we see the results every spring: sore knees, ' +
    'aching Achilles tendons and shin pain, usually six to eight weeks into a new training plan. Almost none of these injuries are caused by age ' +
    'itself. They are caused by doing too much, too soon, on tissues that have not had time to adapt.',
  'The encouraging part is that a few simple habits prevent most of them.',
];
export const elH1 = 'Why tendons are the weak link';
export const elP2 = [
  'Your heart and lungs respond to training quickly. Within a few weeks you will find you can run further without getting out of breath. ' +
    'Tendons and bones adapt much more slowly, over months rather than weeks, and that gap gets wider as we get older.',
  'So the runner feels fitter and adds distance, but the Achilles or the patellar tendon has not caught up. The pain usually starts as ' +
    'stiffness first thing in the morning that eases once you are moving, which is exactly why people ignore it.',
];
export const elH2 = 'Build slowly, and plan the easy weeks';
export const elP3 = [
  'The old rule of adding no more than ten per cent a week is a reasonable starting point, but we find a simpler approach works better for ' +
    'most of our patients:',
];
export const elOl = [
  'Run three times a week, never on consecutive days.',
  'Keep two of those runs easy enough that you could hold a conversation.',
  'Add a few minutes to the longest run each week, not to all three.',
  'Every fourth week, cut your total time by a third and let your body catch up.',
];
export const elP4 = ['That fourth, lighter week is the one people skip. It is also the week when a lot of the adaptation actually happens.'];
export const elH3 = 'Strength work is not optional';
export const elP5 = [
  'If you only take one thing from this post, make it this: two short strength sessions a week will do more to keep you running than any ' +
    'shoe or stretch. After forty we lose muscle steadily unless we work to keep it, and the calf in particular takes a load of several times ' +
    'your body weight with every stride.',
  'Three exercises cover most of what a runner needs: slow single-leg calf raises off a step, split squats, and a side plank for the hips. ' +
    'Start with two sets of ten and add weight in a rucksack once that feels easy.',
];
export const elCaption = 'Single-leg calf raises off a step, one of the three exercises we give every runner.';
export const elH4 = 'When to get it looked at';
export const elP6 = ['Some discomfort while you build up is normal. It is worth <a href="/book/">booking an assessment</a> if:'];
export const elUl = [
  'pain makes you change the way you run;',
  'it is worse the morning after a run for more than a week;',
  'a specific spot on the shin is tender to press;',
  'you have had to stop a run because of it.',
];
export const elP7 = [
  'Caught early, most running injuries settle in a few weeks with changes to training rather than complete rest. Left for months, the same ' +
    'problems can take a season to clear.',
];
export const elTop = ['0161 496 0733', 'Mon–Fri 7am–8pm, Sat 8am–1pm', 'Book Online'] as const;
export const elNav = ['Home', 'Treatments', 'Sports Injuries', 'Our Team', 'Prices', 'Blog', 'Contact'];
export const elCrumbs = ['Home', 'Blog'] as const;
export const elShare = ['Facebook', 'LinkedIn', 'WhatsApp', 'Email'];
export const elBio =
  'Priya is a chartered physiotherapist and the clinic’s running injury lead. She has completed eleven marathons and still says the ' +
  'last six miles never get easier.';
export const elRelated = [
  [
    'Plantar heel pain: what actually helps',
    'April 28, 2025',
    'Heel pain first thing in the morning is one of the commonest problems we see. Here is what the research supports.',
  ],
  ['Should you run through a niggle?', 'March 31, 2025', 'A simple traffic-light system for deciding whether to carry on, cut back or stop.'],
  [
    'Getting back to sport after a sprained ankle',
    'February 17, 2025',
    'Balance work is the step most people miss, and the one that prevents the next sprain.',
  ],
] as const;
export const elNews = ['Get monthly tips from our physios', 'One email a month. No spam, unsubscribe any time.', 'Email', 'Subscribe'] as const;
export const elFooter = [
  'Northgate Physio & Sports Clinic',
  '14 Beech Road, Northgate, M21 9QF',
  'Opening hours',
  'Monday to Friday 7am to 8pm',
  'Saturday 8am to 1pm',
  'Quick links',
  'Privacy Policy',
  'Terms & Conditions',
  'Careers',
  '© 2025 Northgate Physio & Sports Clinic. All rights reserved.',
] as const;
export const elPopup = [
  'New patient?',
  'Your first assessment is £45 when you book online before the end of June.',
  'Book my assessment',
  'No thanks',
] as const;
export const elCookie = [
  'We use cookies to make sure you get the best experience on our website. If you carry on using the site we will assume you are happy with it.',
  'Ok',
  'No',
  'Privacy policy',
] as const;
export const amp = (t: string): string => t.replace(/&/g, '&amp;');
export const elW = (id: string, type: string, inner: string, cls = ''): string => `<div class="elementor-element elementor-element-${id} ${cls}elementor-widget
elementor-widget-${type.split('.')[0]}" data-id="${id}" data-element_type="widget" data-widget_type="${type}"><div class="elementor-widget-container">
${inner}</div></div>`;
export const elCon = (
  id: string,
  inner: string,
): string => `<div class="elementor-element elementor-element-${id} e-flex e-con-boxed e-con e-parent" data-id="${id}"
data-element_type="container" data-settings="{&quot;content_width&quot;:&quot;boxed&quot;}"><div class="e-con-inner">${inner}</div></div>`;
export const elMenu = (dropdown: boolean): string =>
  elNav
    .map(
      (t, i) => `<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-${30 + i}${t === 'Blog' ? ' current_page_parent' : ''}">
<a href="https://northgatephysio.example/${t.toLowerCase().replace(/ /g, '-')}/" class="elementor-item"${dropdown ? ' tabindex="-1"' : ''}>${t}</a></li>`,
    )
    .join('\n');
export const elIconItem = (icon: string, text: string, extra = ''): string => `<li class="elementor-icon-list-item elementor-inline-item"${extra}>
<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-${icon}"></i></span><span class="elementor-icon-list-text">${text}</span></li>`;
export const elContent = `${elP1.map((p) => `<p>${p}</p>`).join('\n')}
<h2 class="wp-block-heading" id="why-tendons">${elH1}</h2>
${elP2.map((p) => `<p>${p}</p>`).join('\n')}
<h2 class="wp-block-heading" id="build-slowly">${elH2}</h2>
<p>${elP3[0]}</p>
<ol class="wp-block-list">${elOl.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<p>${elP4[0]}</p>
<h2 class="wp-block-heading" id="strength">${elH3}</h2>
${elP5.map((p) => `<p>${p}</p>`).join('\n')}
<figure class="wp-block-image size-large"><img fetchpriority="low" decoding="async" width="1024" height="683"
src="https://northgatephysio.example/wp-content/uploads/2025/05/calf-raise-1024x683.jpg" alt="Runner doing a single-leg calf raise on a step"
class="wp-image-2210"><figcaption class="wp-element-caption">${elCaption}</figcaption></figure>
<h2 class="wp-block-heading" id="looked-at">${elH4}</h2>
<p>${elP6[0]}</p>
<ul class="wp-block-list">${elUl.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p>${elP7[0]}</p>`;
