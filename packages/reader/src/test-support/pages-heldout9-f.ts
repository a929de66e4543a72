import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 9, file f: a mayor's speech on a city site ("As prepared for delivery", speaker bio box, video
 * link, related speeches, [Applause] markers) and a water company's FAQ page (search box, button + hidden-panel
 * accordion in one section and `<details>`/`<summary>` in the other, "Was this helpful?", "Still need help?").
 */
const remarks = [
  'Thank you, Councillor Abebe, and good morning, everyone. It is a pleasure to see so many of you here, and so many ' +
    'children, who I am told have been promised the first go on the new story steps.',
  'Eleven years ago this building was a bonded warehouse with a leaking roof and a family of foxes in the loading bay. ' +
    'When the old library on Market Street flooded for the third time, people told us two things: keep it in the centre, ' +
    'and keep it free. Today we have done both. [Applause]',
  'The Riverside Library has twice the floor space of the old one and, for the first time, a room that any community ' +
    'group can book at no cost. It has forty public computers, a recording studio, and a children’s floor that is ' +
    'above the level of the 2014 flood, with a metre to spare.',
  'It also has something the old library never had: the river. We have opened the quay behind the building to the ' +
    'public, so you can take a book outside and read it by the water. I intend to do exactly that this afternoon. [Laughter]',
  'This building cost £14.2 million. Some people asked whether a city should be spending that on a library in these ' +
    'years. My answer is that a library is one of the few places left where nobody asks you to buy anything, and where ' +
    'a child and a pensioner and a job seeker have exactly the same rights. That is worth paying for.',
  'I want to thank the library staff, who packed and moved 180,000 books in nine days, and the builders from Harland ' +
    'and Sons, who finished three weeks early. [Applause] I also want to thank the Friends of Brenhaven Libraries, who ' +
    'raised £600,000 towards the fit-out with book sales, quiz nights and one very long sponsored read.',
  'Finally, to the young people here: this is your building. Use it, argue in it, make things in it, and in eleven ' +
    'years come and tell me what we got wrong.',
  'Thank you. It is my great pleasure to declare the Riverside Library open.',
];
const related = [
  'Mayor’s statement on the 2025 budget consultation',
  'Remarks at the Brenhaven Business Awards',
  'Address to the Youth Council, February 2025',
];
const speechHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>Remarks by Mayor Celia Okonjo at the opening of the Riverside Library | Brenhaven City Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/assets/css/council.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage",
"name":"Remarks by Mayor Celia Okonjo at the opening of the Riverside Library",
"datePublished":"2025-03-08","publisher":{"@type":"GovernmentOrganization","name":"Brenhaven City Council"}}</script>
</head><body class="page-speech">
<a href="#main" class="skip-link">Skip to main content</a>
<div class="cookie-banner" role="region" aria-label="Cookies on brenhaven.gov.example"><p>We use some essential cookies to make this website work.
We would like to set additional cookies to understand how you use the site.</p><button class="btn">Accept additional cookies</button>
<button class="btn btn--secondary">Reject additional cookies</button><a href="/cookies">View cookies</a></div>
<header class="site-header"><a href="/" class="site-header__logo"><img src="/assets/img/crest.svg" alt="Brenhaven City Council"></a>
<nav class="site-nav" aria-label="Main"><ul>${links(['Services', 'Your council', 'Mayor', 'News', 'Contact us'])}</ul></nav>
<form class="site-search" action="/search" role="search"><label for="q" class="visually-hidden">Search this site</label><input id="q" name="q">
<button type="submit">Search</button></form></header>
<main id="main"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/mayor">Mayor</a></li>
<li><a href="/mayor/speeches">Speeches</a></li></ol></nav>
<div class="layout"><article class="speech">
<p class="speech__type">Speech</p>
<h1 class="speech__title">Remarks by Mayor Celia Okonjo at the opening of the Riverside Library</h1>
<dl class="speech__meta"><dt>Delivered on:</dt><dd><time datetime="2025-03-08">8 March 2025</time></dd>
<dt>Location:</dt><dd>Riverside Library, Quay Street, Brenhaven</dd></dl>
<p class="speech__delivery"><em>As prepared for delivery</em></p>
<div class="speech__video"><a href="https://video.brenhaven.gov.example/library-opening" class="btn btn--play">Watch the video</a>
<span class="speech__video-length">(12 minutes)</span></div>
<div class="speech__body rich-text">
${ps(remarks)}
<p class="speech__end">###</p>
</div>
<div class="share"><span class="share__label">Share this page</span><a href="https://www.facebook.example/sharer">Facebook</a>
<a href="mailto:?subject=Remarks">Email</a><button onclick="window.print()">Print</button></div>
</article>
<aside class="sidebar"><section class="bio-box"><img src="/assets/img/mayor-okonjo.jpg" alt="Mayor Celia Okonjo">
<h2 class="bio-box__title">About the Mayor</h2><p>Celia Okonjo was elected Mayor of Brenhaven in May 2022. Before that she was a
 primary school head teacher in the city for fifteen years.</p><a href="/mayor/about">Read her full biography</a></section>
<section class="related"><h2 class="related__title">Related speeches</h2><ul>${links(related)}</ul></section></aside></div>
<div class="feedback"><p>Is this page useful?</p><button>Yes</button><button>No</button><a href="/feedback">Report a problem with this page</a></div>
</main>
<footer class="site-footer"><ul>${links(['Accessibility statement', 'Privacy notice', 'Freedom of information', 'Jobs'])}</ul>
<p>Brenhaven City Council, Civic Centre, Brenhaven BN1 2CC. Telephone 01632 960 000.</p><p>© Brenhaven City Council 2025</p></footer>
<script src="/assets/js/council.min.js" defer></script></body></html>`;
const speech: TestPage = {
  html: speechHtml,
  name: 'heldout9-speech-transcript',
  kind: 'news',
  // hard calls: the remarks are the body with their inline [Applause] and [Laughter] markers, as printed (they are in
  // the paragraphs, not blocks of their own); the closing declaration is body; the "Speech" label, "As prepared for
  // delivery", the location, the video link, the "###" end mark, the bio box and related speeches are furniture;
  // the delivery date is the byline (the speaker's name is only in the title)
  title: 'Remarks by Mayor Celia Okonjo at the opening of the Riverside Library',
  headings: [],
  body: texts(remarks),
  bylines: ['8 March 2025'],
  furniture: [
    'Skip to main content',
    'We use some essential cookies to make this website work.',
    'Accept additional cookies',
    'Reject additional cookies',
    'View cookies',
    'Services',
    'Your council',
    'Contact us',
    'Speeches',
    'Speech',
    'Delivered on:',
    'Location:',
    'Riverside Library, Quay Street, Brenhaven',
    'As prepared for delivery',
    'Watch the video',
    '(12 minutes)',
    '###',
    'Share this page',
    'Print',
    'About the Mayor',
    'Celia Okonjo was elected Mayor of Brenhaven in May 2022.',
    'Read her full biography',
    'Related speeches',
    ...related,
    'Is this page useful?',
    'Report a problem with this page',
    'Accessibility statement',
    'Privacy notice',
    'Brenhaven City Council, Civic Centre, Brenhaven BN1 2CC. Telephone 01632 960 000.',
    '© Brenhaven City Council 2025',
  ],
};

const lead = 'Answers to the questions we are asked most about smart water meters. Choose a question to see the answer.';
const install: [string, string[]][] = [
  [
    'Do I have to have a smart meter?',
    [
      'Yes, if your property already has a meter. We are replacing every mechanical meter in our area by the end of 2027, ' +
        'as the old meters reach the end of their working life. There is no charge for the new meter or for fitting it.',
    ],
  ],
  [
    'Will you need to come into my home?',
    [
      'Usually not. Nine in ten meters are in a chamber under the pavement or at the edge of your property, and we can ' +
        'replace those without you being there. We will write to you at least two weeks before we come.',
      'If your meter is inside, for example under the kitchen sink, we will ask you to book a two-hour slot. The work takes ' +
        'about thirty minutes and your water will be off for part of that time.',
    ],
  ],
  [
    'Is the meter safe?',
    [
      'The meter sends a short radio signal a few times a day, at a lower power than a mobile phone and from under the ' +
        'ground. It meets all UK and European standards for radio equipment.',
    ],
  ],
];
const bills: [string, string[]][] = [
  [
    'How often will my meter be read?',
    ['The meter records your use every hour and sends the readings to us once a day. Your bill will always be based on an actual reading, never an estimate.'],
  ],
  [
    'Why has my bill gone up since the new meter was fitted?',
    [
      'Old mechanical meters slow down as they age, so some customers were being under-charged without knowing it. If your ' +
        'bill has gone up by more than a quarter, call us: we will check the meter and look for a leak on your supply pipe.',
      'The hourly readings also show water used through the night, which is often the first sign of a leaking toilet or pipe.',
    ],
  ],
  ['Can I see my own readings?', ['Yes. Log in to My Account to see your daily use for the last two years, and download it as a spreadsheet if you wish.']],
];
const helpful = '<div class="faq__feedback"><span>Was this helpful?</span> <button>Yes</button> <button>No</button></div>';
const panel = ([q, a]: [string, string[]], i: number): string =>
  `<div class="accordion__item"><h3 class="accordion__heading"><button type="button" class="accordion__trigger" aria-expanded="false" ` +
  `aria-controls="faq-panel-${i}" id="faq-${i}"><span class="accordion__title">${q}</span><span class="accordion__icon" aria-hidden="true">+</span>` +
  `</button></h3>\n<div id="faq-panel-${i}" role="region" aria-labelledby="faq-${i}" class="accordion__panel" hidden>\n${ps(a)}\n${helpful}</div></div>`;
const details = ([q, a]: [string, string[]]): string =>
  `<details class="faq__item"><summary class="faq__question">${q}</summary>\n<div class="faq__answer">\n${ps(a)}\n${helpful}</div></details>`;
const faqHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Smart meter questions | Kestrel Water</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/static/css/main.4f1a.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage",
"mainEntity":[{"@type":"Question","name":"Do I have to have a smart meter?"}]}
</script></head>
<body><a class="skip" href="#content">Skip to content</a>
<div class="alert-bar" role="status"><p>Supply interruption in Marsden Road area. <a href="/incidents">Check your postcode</a></p></div>
<header class="header"><a href="/" class="header__logo">Kestrel Water</a>
<nav class="header__nav"><ul>${links(['Your account', 'Billing', 'Help', 'Report a leak'])}
</ul></nav><a href="/login" class="header__login">Log in</a></header>
<main id="content" class="faq">
<nav class="breadcrumb"><a href="/">Home</a> / <a href="/help">Help</a> / <span>Smart meters</span></nav>
<h1 class="faq__title">Smart meter questions</h1>
<p class="faq__lead">${lead}</p>
<form class="faq__search" role="search" action="/help/search"><label for="faq-q">Search our help pages</label>
<input id="faq-q" type="search" name="q" placeholder="For example: leak allowance"><button type="submit">Search</button></form>
<section class="faq__section"><h2 class="faq__section-title">Getting your meter fitted</h2><div class="accordion" data-accordion>
${install.map(panel).join('\n')}
</div></section>
<section class="faq__section"><h2 class="faq__section-title">Readings and bills</h2>
${bills.map(details).join('\n')}
</section>
<aside class="contact-box"><h2>Still need help?</h2><p>Our team is available Monday to Friday, 8am to 6pm.</p>
<a class="btn" href="/contact">Contact us</a> <a class="btn btn--ghost" href="/chat">Start a web chat</a></aside>
</main>
<footer class="footer"><ul>${links(['Accessibility', 'Privacy', 'Cookies', 'Modern slavery statement'])}</ul>
<p>Kestrel Water Ltd, registered in England and Wales, company number 02366711.</p></footer>
<div class="chat-launcher" hidden><button>Chat with us</button></div>
<script src="/static/js/accordion.js" defer></script></body></html>`;
const qa = (items: [string, string[]][]): string[] => items.map(([q]) => q);
const faq: TestPage = {
  html: faqHtml,
  name: 'heldout9-faq-accordion',
  kind: 'docs',
  // hard calls: the answers are the body although the first section's panels are `hidden` until a button is pressed
  // and the second's are closed <details>; the two section titles and the questions (button text inside <h3>, and
  // <summary> text) are headings in page order; the lead paragraph is body; the search form, the alert bar, "Was this
  // helpful?" under every answer, the "+" icons, the "Still need help?" box and the hidden chat launcher are furniture
  title: 'Smart meter questions',
  headings: ['Getting your meter fitted', ...qa(install), 'Readings and bills', ...qa(bills)],
  body: [lead, ...[...install, ...bills].flatMap(([, a]) => texts(a))],
  bylines: [],
  furniture: [
    'Skip to content',
    'Supply interruption in Marsden Road area.',
    'Check your postcode',
    'Your account',
    'Billing',
    'Report a leak',
    'Log in',
    'Smart meters',
    'Search our help pages',
    'Was this helpful?',
    'Still need help?',
    'Our team is available Monday to Friday, 8am to 6pm.',
    'Contact us',
    'Start a web chat',
    'Modern slavery statement',
    'Kestrel Water Ltd, registered in England and Wales, company number 02366711.',
    'Chat with us',
  ],
};

export const HELDOUT9_F: readonly TestPage[] = [speech, faq];
