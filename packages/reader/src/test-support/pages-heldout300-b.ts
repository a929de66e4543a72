import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout300-kit.js';

/**
 * Held-out batch 300, file b: a Mumsnet-style Talk thread (the opening post and replies are the body; poster names and post
 * times are bylines; "Report", "Add message" and the thread tools, the topic rail and the footer are furniture) and a council
 * school-admissions guide on LocalGov Drupal (guide contents navigation, "On this page", previous / next links, "Was this page
 * helpful?", the council footer and the Civic cookie bar).
 */
const mTitle = 'DS (4) starting reception in September and still not dry at night - AIBU to worry?';
const posts: { nick: string; time: string; text: string[] }[] = [
  {
    nick: 'PuddleJumper82',
    time: 'Tue 03-Mar-26 21:14:07',
    text: [
      j(
        'DS turns five in August and starts reception in September. He has been dry in the day since just after he turned three, but he',
        'is still in pull-ups at night and they are soaked most mornings.',
      ),
      j(
        'My mum keeps saying we should just take them off and he will learn, and my sister says her two were dry at night by three.',
        'DH thinks I am overthinking it. Is this normal, or should I be asking the GP about it before he starts school?',
      ),
    ],
  },
  {
    nick: 'Bramblecot',
    time: 'Tue 03-Mar-26 21:20:45',
    text: [
      j(
        'Completely normal. Night dryness is about a hormone that slows urine production at night, and some children simply make it',
        'later than others. You cannot train it in. DD was nearly seven.',
      ),
    ],
  },
  {
    nick: 'MrsQuillan',
    time: 'Tue 03-Mar-26 21:31:12',
    text: [
      j(
        'YANBU to wonder but try not to worry. Our health visitor told us they do not usually investigate until five, and even then',
        'the first step is just a chat about drinks and routines.',
      ),
      'Things that helped us a bit:',
      'Plenty of water during the day, not much in the last hour before bed',
      'A wee right before lights out, and another when we went to bed ourselves',
      'Keeping the pull-ups on until he had several dry mornings in a row',
    ],
  },
  {
    nick: 'Nettlebed',
    time: 'Tue 03-Mar-26 22:02:39',
    text: [
      j(
        'Please do not take them off to "make him learn". It just means a lot of washing and a child who feels like he has failed.',
        'He is asleep; it is not something he is doing on purpose.',
      ),
      'Also, nobody at school will know or care. It really does not affect reception at all.',
    ],
  },
  {
    nick: 'PuddleJumper82',
    time: 'Wed 04-Mar-26 07:48:20',
    text: [
      j(
        'Thank you all, this is really reassuring. I will stop listening to my mum and leave the pull-ups on. I might mention it at',
        'his pre-school check just so it is written down somewhere.',
      ),
    ],
  },
  {
    nick: 'Ottersholt',
    time: 'Wed 04-Mar-26 09:15:03',
    text: [
      j(
        'One more thing: if he does start wetting again after being dry for months, that is different and worth a GP visit, as it',
        'can be a urine infection or constipation. But late to start is not a worry. Good luck with school!',
      ),
    ],
  },
];
const mTopics = ['Parenting', 'Behaviour/development', 'Primary education', 'Am I being unreasonable?', 'Pregnancy', 'Chat'];
const mActive = ['Best reading books for a reluctant six-year-old?', 'Baby won’t nap anywhere but on me', 'Nursery fees just went up again'];
const mFoot = ['About us', 'Contact us', 'Talk guidelines', 'Privacy policy', 'Cookie policy', 'Advertise with us'];
const mPost = (p: { nick: string; time: string; text: string[] }, i: number): string => `<div class="talk-post" id="post_${88120 + i}"
data-message-id="${88120 + i}"><div class="talk-post-header"><span class="nick ${i === 0 || i === 4 ? 'op' : ''}">${p.nick}</span>
<span class="post_time">${p.time}</span></div><div class="talk-post-message">${ps(
  p.text.filter((t) => !t.startsWith('Plenty') && !t.startsWith('A wee') && !t.startsWith('Keeping')),
)}${
  i === 2
    ? `<ul>${p.text
        .slice(2)
        .map((t) => `<li>${t}</li>`)
        .join('')}</ul>`
    : ''
}</div>
<div class="talk-post-actions"><a class="report-post" href="/talk/report/${88120 + i}">Report</a></div></div>`;
const mHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${mTitle} | Mumsnet</title>
<meta name="description" content="DS turns five in August and starts reception in September."><link rel="canonical"
href="https://www.mumsnet.com/talk/behaviour_development/5012233-ds-4-starting-reception">
<script>window.mnTalk = {threadId: 5012233, topic: "behaviour_development", loggedIn: false};</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body class="talk thread-page"><header id="mn-header" class="site-header"><a class="logo" href="/">Mumsnet</a>
<nav class="main-nav"><ul>${links(['Talk', 'Am I being unreasonable', 'Money', 'Reviews', 'Learn', 'Events'], 'main-nav-item')}</ul></nav>
<a class="login-link" href="/login">Log in/Sign up</a></header>
<div id="talk-container" class="container"><nav class="breadcrumbs"><ol>${links(['Talk', 'Behaviour/development'])}</ol></nav>
<div class="thread-notice">Check out our <a href="/guides/potty">potty training guide</a> for expert tips.</div>
<main class="thread-main"><h1 class="thread-title">${mTitle}</h1>
<div class="thread-tools"><button class="watch-thread">Watch thread</button><button class="flip-thread">Flip thread</button>
<span class="thread-count">6 replies</span></div>
<div class="talk-posts">${posts.map(mPost).join('\n')}</div>
<div class="mn-ad-slot"><span class="ad-label">Advertisement</span></div>
<div class="reply-box"><h2>Join the discussion</h2><p>To comment on this thread you need to create a Mumsnet account.</p>
<a class="btn" href="/register">Join Mumsnet</a><span>Already have a Mumsnet account?</span><a href="/login">Log in</a></div></main>
<aside class="talk-sidebar"><h3>Popular topics</h3><ul>${links(mTopics, 'topic-link')}</ul><h3>Active threads</h3><ul>${links(mActive)}</ul></aside></div>
<footer class="site-footer"><ul>${links(mFoot, 'footer-link')}</ul><p>© 2026 Mumsnet Limited. All rights reserved.</p></footer>
<div class="cmp-banner" id="sp_message_container"><p>We use cookies and similar technologies to run the site and show personalised ads.</p>
<button class="cmp-accept">Accept</button><button class="cmp-options">Manage preferences</button></div></body></html>`;
const mumsnet: TestPage = {
  name: 'heldout300-mumsnet-talk-forum',
  kind: 'forum',
  html: mHtml,
  title: mTitle,
  headings: [],
  body: texts(posts.flatMap((p) => p.text)),
  bylines: [...new Set(posts.flatMap((p) => [p.nick, p.time]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Mumsnet', 'Talk', 'Am I being unreasonable', 'Money', 'Reviews', 'Learn', 'Events', 'Log in/Sign up',
    'Check out our potty training guide for expert tips.',
    'Watch thread', 'Flip thread', '6 replies', 'Report', 'Advertisement', 'Join the discussion',
    'To comment on this thread you need to create a Mumsnet account.',
    'Join Mumsnet', 'Already have a Mumsnet account?', 'Log in', 'Popular topics', ...mTopics, 'Active threads', ...mActive, ...mFoot,
    '© 2026 Mumsnet Limited. All rights reserved.', 'We use cookies and similar technologies to run the site and show personalised ads.', 'Accept',
    'Manage preferences',
  ],
};

const cTitle = 'Applying for a primary school place';
const cHeads = ['Who can apply', 'Key dates for September 2027', 'How to apply', 'How places are offered', 'Late applications'];
const c1 = [
  j(
    'You can apply for a reception place at a primary or infant school if your child was born between 1 September 2022 and 31',
    'August 2023. Children start school in the September after their fourth birthday.',
  ),
  'You must apply to the council where you live, even if the schools you want are in a different area.',
];
const c2 = [
  'Applications open: 1 September 2026',
  'Closing date: 15 January 2027',
  'National offer day: 16 April 2027',
  'Deadline to accept your place: 30 April 2027',
];
const c3 = [
  j(
    'Apply online through the school admissions portal. You can name up to three schools in order of preference. Naming more',
    'than one school does not reduce your chance of getting your first choice.',
  ),
  j(
    'You will need proof of your address, your child’s birth certificate, and details of any brothers or sisters already at the',
    'schools you choose. If you are applying for a place based on faith, you may also need to complete a supplementary form.',
  ),
];
const c4 = [
  'If a school has more applications than places, we offer places in this order:',
  'Children in care or previously in care',
  'Children with an exceptional medical or social need',
  'Children with a brother or sister at the school',
  'Children who live closest to the school, measured in a straight line',
  j('If your child has an education, health and care plan naming a school, they will be given a place there before any other', 'applications are considered.'),
];
const c5 = [
  j(
    'Applications received after 15 January 2027 are late and will only be considered after all on-time applications. If you have',
    'a good reason for applying late, such as moving into the area, contact the admissions team before you apply.',
  ),
  'If you are not offered a place at any of your preferred schools, you can appeal. Details will be sent with your offer email.',
];
const cGuide = ['Overview', 'Applying for a primary school place', 'Applying for a secondary school place', 'In-year transfers', 'Appeals'];
const cFoot = ['Accessibility', 'Contact the council', 'Cookies', 'Privacy notice', 'Jobs'];
const cHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${cTitle} | Wrexford Borough Council</title>
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<link rel="canonical" href="https://www.wrexford.gov.example/schools/admissions/primary"><script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/3417"},"localgov_guides":{"nav":true}}</script></head>
<body class="path-node page-node-type-localgov-guides-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div id="ccc" class="civic-cookie-control"><p>We use some essential cookies to make this website work.</p><button id="ccc-recommended-settings">Accept
recommended settings</button><button id="ccc-reject-settings">Reject all</button></div>
<div class="dialog-off-canvas-main-canvas"><header class="lgd-header"><div class="lgd-header__inner"><a class="lgd-header__logo"
href="/">Wrexford Borough Council</a>
<nav class="lgd-header__nav"><ul>${links(['Bins and recycling', 'Council tax', 'Schools and learning', 'Housing', 'Planning'], 'lgd-header__nav-item')}</ul>
</nav>
</div></header><div class="lgd-region lgd-region--breadcrumb"><nav class="breadcrumb" aria-labelledby="system-breadcrumb"><ol>
${links(['Home', 'Schools and learning', 'School admissions'])}</ol></nav></div>
<main id="main-content" class="main"><div class="lgd-container"><div class="lgd-row"><div class="lgd-row__two-thirds">
<article class="guide-page"><div class="lgd-guide__title"><span class="guide-title__label">School admissions</span>
<h1 class="lgd-page-title-block__title"><span class="field field--name-title">${cTitle}</span></h1></div>
<nav class="lgd-guide__nav" aria-label="Guide contents"><h2 class="lgd-guide__nav-title">Contents</h2><ol class="progress">
${links(cGuide, 'progress__item')}</ol></nav>
<div class="localgov-alert-banner localgov-alert-banner--minor"><p>Applications for September 2027 open on 1 September 2026.</p></div>
<div class="field field--name-body text-formatted">
<h2>${cHeads[0]}</h2>${ps(c1)}
<h2>${cHeads[1]}</h2><ul>${c2.map((t) => `<li>${t}</li>`).join('')}</ul>
<h2>${cHeads[2]}</h2>${ps(c3)}<p><a class="button" href="/schools/admissions/portal">Apply for a school place</a></p>
<h2>${cHeads[3]}</h2><p>${c4[0]}</p><ol>${c4
  .slice(1, 5)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ol><p>${c4[5]}</p>
<h2>${cHeads[4]}</h2>${ps(c5)}</div>
<nav class="lgd-prev-next" aria-label="Guide navigation"><ul><li class="lgd-prev-next__prev"><a href="/schools/admissions">Previous<span>Overview</span></a>
</li>
<li class="lgd-prev-next__next"><a href="/schools/admissions/secondary">Next<span>Applying for a secondary school place</span></a></li></ul></nav>
<div class="lgd-page-updated">Last updated: 12 February 2026</div></article></div>
<aside class="lgd-row__one-third sidebar"><div class="block-localgov-related"><h2>Related links</h2><ul>
${links(['School term dates', 'Free school meals', 'Home to school transport'])}</ul></div></aside></div></div>
<div class="localgov-feedback"><h2>Was this page helpful?</h2><a href="/feedback?page=3417">Tell us what you think</a></div></main>
<footer class="lgd-footer"><ul>${links(cFoot, 'lgd-footer__link')}</ul><p>© Wrexford Borough Council 2026</p></footer></div>
<script src="/core/misc/drupal.js"></script></body></html>`;
const council: TestPage = {
  name: 'heldout300-localgov-drupal-docs',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: cHeads,
  body: texts([...c1, ...c2, ...c3, ...c4, ...c5]),
  bylines: ['Last updated: 12 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We use some essential cookies to make this website work.', 'Accept recommended settings', 'Reject all',
    'Wrexford Borough Council', 'Bins and recycling', 'Council tax', 'Schools and learning', 'Housing', 'Planning', 'School admissions', 'Contents',
    'Overview', 'Applying for a secondary school place', 'In-year transfers', 'Appeals', 'Applications for September 2027 open on 1 September 2026.',
    'Apply for a school place', 'Home', 'Previous', 'Next', 'Related links', 'School term dates', 'Free school meals', 'Home to school transport',
    'Was this page helpful?', 'Tell us what you think', ...cFoot, '© Wrexford Borough Council 2026',
  ],
};

export const HELDOUT300_B: readonly TestPage[] = [mumsnet, council];
