import { links, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout432-kit.js';

/**
 * Held-out batch 432, file c: a Kickstarter campaign page (site header, project header with creator byline, funding stats,
 * "Back this project" / "Remind me", the Campaign / Rewards / FAQ / Updates / Comments tabs, the story with its header
 * blocks and a GIF caption, "Risks and challenges", the reward tiers in the sidebar, the report link and the footer) and a
 * Product Hunt launch page (top bar, product header with tagline, upvote and "Visit" buttons, gallery, description, the
 * maker's first comment, further comments with their reply and upvote buttons, day rank, "Similar products" and footer).
 */
const ksTitle = 'Tidewell: A Solar Food Dryer for Small Gardens';
const ksBlurb = 'Dry a whole harvest with sunlight alone. No cord, no fan noise, and it folds flat against a shed wall.';
const ksStory: readonly (readonly [string, readonly string[]])[] = [
  [
    'The story',
    [
      j(
        'Every August our allotment in Westerby gives us more tomatoes, apples and beans than we can eat. For years we froze',
        'what we could and gave the rest away. Electric dehydrators worked, but running one for twelve hours at a time made no sense',
        'to us when the sun was doing the same job for free on the greenhouse roof.',
      ),
      j(
        'Tidewell is the dryer we built for ourselves. A black absorber plate heats the air at the bottom, the warm air rises through',
        'five mesh trays, and a chimney at the top pulls it out again. Nothing moves except the air.',
      ),
    ],
  ],
  [
    'What makes it different',
    [
      j(
        'Most solar dryers are big wooden boxes that stay in the garden all year. Tidewell folds to nine centimetres deep and hangs',
        'on two hooks, so it only takes up space when you are using it.',
      ),
      j(
        'On a sunny day it dries a kilo of sliced apple in about seven hours. On a cloudy one it simply takes longer, and a fine',
        'mesh screen keeps out wasps and flies while the food sits in the trays.',
      ),
    ],
  ],
  ['Where your money goes', ['We have a working prototype and a manufacturer in Kellsford who has made two pilot runs. Your pledges pay for:']],
];
const ksList = [
  'The injection mould for the tray frames, the biggest single cost',
  'A first production run of 1,500 dryers in powder-coated steel',
  'Food-safety testing of the mesh and the absorber coating',
];
const ksRisks = [
  j(
    'Steel prices have moved a lot in the past two years, and our quote is valid for ninety days after the campaign ends. If it',
    'changes, we will absorb the difference rather than ask backers for more. Shipping to some countries may take longer than',
    'our estimate, and we will post an update the moment we know about any delay.',
  ),
];
const ksNav = ['Discover', 'Start a project', 'Search', 'Log in'];
const ksTabs = ['Campaign', 'Rewards', 'FAQ', 'Updates', 'Comments', 'Community'];
const ksRewards = ['Pledge £20 or more', 'Thank You and Seed Packet', 'Pledge £119 or more', 'Early Bird Tidewell', 'Pledge £139 or more', 'Tidewell Dryer'];
const ksFoot = ['Our charter', 'Stats', 'Press', 'Jobs', 'Help Center', 'Trust & Safety', 'Terms of Use', 'Privacy Policy', 'Cookie Policy'];
const ksHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Tidewell: A Solar Food Dryer for Small Gardens by Orla Penhale — Kickstarter</title>
<meta name="description" content="Dry a whole harvest with sunlight alone."><meta property="og:type" content="kickstarter:project">
<meta property="og:title" content="Tidewell: A Solar Food Dryer for Small Gardens"><meta name="csrf-token" content="Zx9y">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"CreativeWork","name":"Tidewell","creator":{"@type":"Person",
"name":"Orla Penhale"}}</script>
<script>window.current_project = "{\\"id\\":88142,\\"state\\":\\"live\\",\\"goal\\":25000.0}";</script>
<link rel="stylesheet" href="https://ksr-static.example/assets/application-2a9c.css"></head>
<body class="projects-show"><div id="global-header"><header class="global-header"><a class="logo" href="/">Kickstarter</a>
<ul class="global-nav">${links(ksNav, 'global-nav__item')}</ul></header></div>
<main role="main" id="content-wrap"><div id="react-project-header" data-initial="{}"><div class="grid-container pt7-lg">
<div class="project-profile__header"><h1 class="type-28 type-24-md soft-black mb1 project-name">${ksTitle}</h1>
<p class="type-14 type-18-md soft-black project-description mb1">${ksBlurb}</p>
<div class="creator-name"><span class="type-14">by </span><a class="hero__link" href="/profile/tidewell">Orla Penhale</a></div></div>
<div class="project-stats"><div class="mb1"><span class="ksr-green-700 inline-block type-24">£41,806</span></div>
<span class="money">pledged of £25,000 goal</span><div class="mb4-lg"><span class="block type-24">612</span> backers</div>
<div class="ml5 ml0-lg"><span class="block type-24">17</span> days to go</div>
<a class="bttn bttn-primary bttn-large" href="/projects/tidewell/pledge">Back this project</a><button class="bttn bttn-medium">Remind me</button>
<p class="type-12 ksr-grey-500">All or nothing. This project will only be funded if it reaches its goal by Fri, 22 May 2026 11:00 BST.</p></div></div></div>
<div class="js-project-nav"><nav class="project-nav"><ul>${links(ksTabs, 'project-nav__link')}</ul></nav></div>
<div class="grid-row"><div class="col col-8 description-container"><div class="js-story-content"><div class="story-content rte__content">
${ksStory.map(([h, p], i) => `<h1 id="h:${i}" class="page-anchor">${h}</h1>\n${p.map((x) => `<p>${x}</p>`).join('\n')}`).join('\n')}
<ul>${lis(ksList)}</ul>
<figure class="image"><img class="fit js-lazy-image" src="https://ksr-ugc.example/assets/tidewell/trays.gif" alt="">
<figcaption class="px2">Five trays, loaded with apple rings on a July afternoon</figcaption></figure></div>
<div id="risks-and-challenges">
<h2 class="mb3 type-18 bold">Risks and challenges</h2>${ksRisks.map((p) => `<p class="js-risks-text text-preline">${p}</p>`).join('\n')}
<a class="ksr-green-700" href="/trust">Learn about accountability on Kickstarter</a></div>
<a class="report-project-link" href="/projects/tidewell/report">Report this project to Kickstarter</a></div></div>
<div class="col col-4 rewards-container"><h2 class="type-18">Support</h2><ol class="rewards-list">${lis(ksRewards, 'pledge__info')}</ol></div></div></main>
<footer class="footer"><ul class="footer__links">${links(ksFoot, 'footer__link')}</ul><p class="footer__copy">Kickstarter, PBC © 2026</p></footer>
<div id="cookie-consent" class="cookie-banner"><p>We use cookies to make Kickstarter work and to measure how the site is used.</p>
<button class="bttn bttn-primary">Accept</button><button class="bttn">Manage cookies</button></div>
<script src="https://ksr-static.example/assets/application-71d0.js"></script></body></html>`;
const kickstarter: TestPage = {
  name: 'heldout432-kickstarter-campaign-blog',
  kind: 'blog',
  html: ksHtml,
  title: ksTitle,
  headings: [...ksStory.map(([h]) => h), 'Risks and challenges'],
  body: texts([ksBlurb, ...ksStory.flatMap(([, p]) => p), ...ksList, ...ksRisks]),
  bylines: ['Orla Penhale'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kickstarter', ...ksNav, '£41,806', 'pledged of £25,000 goal', '612 backers', '17 days to go', 'Back this project', 'Remind me',
    'All or nothing. This project will only be funded if it reaches its goal by Fri, 22 May 2026 11:00 BST.', ...ksTabs.filter((t) => t !== 'Campaign'),
    'Five trays, loaded with apple rings on a July afternoon', 'Learn about accountability on Kickstarter', 'Report this project to Kickstarter', 'Support',
    ...ksRewards, ...ksFoot, 'Kickstarter, PBC © 2026', 'We use cookies to make Kickstarter work and to measure how the site is used.', 'Accept',
    'Manage cookies',
  ],
};

const phTitle = 'Quillmate';
const phTagline = 'Turn meeting notes into tidy follow-up emails in one click';
const phDesc = [
  j(
    'Quillmate reads the notes you already take during a call, in any editor, and drafts a follow-up email with decisions,',
    'owners and dates pulled out. You review it, change what you like and send it from your own inbox.',
  ),
  j(
    'It works with Google Docs, Notion, Apple Notes and plain text files, and it drafts in the language your notes are written in.',
    'Teams can keep a library of templates for different kinds of calls, from sales demos to weekly check-ins.',
  ),
];
const phMaker = [
  'Hey Hunters! 👋 Ines here, one of the two makers of Quillmate.',
  j(
    'We built this because both of us spent the last ten minutes of every call writing the same recap email. Tools that record',
    'and transcribe calls felt like too much: half our clients do not want to be recorded, and a transcript is not a summary.',
  ),
  j(
    'We tried the idea on ourselves first, then with forty consultants and account managers during a six-week beta. The most common',
    'comment was that the first draft was already good enough to send, which was exactly the bar we had set.',
  ),
  'So Quillmate works only from your notes. A few things we are proud of:',
];
const phMakerList = [
  'It picks up action items even from half sentences like "Tomas - pricing deck by Fri"',
  'Nothing is stored after the email is drafted, and there is no bot joining your calls',
  'It learns your sign-off and tone from the last five emails you approve',
];
const phMakerEnd = [
  j(
    'What is next: a calendar integration so the draft is waiting for you the moment a call ends, and a way to send the',
    'action items straight to your task manager. If there is a tool you would like us to support first, tell us below.',
  ),
  'For launch day, the Pro plan is free for three months with the code HUNT26. We would love your honest feedback, especially the harsh kind!',
];
const phComments: readonly (readonly [string, string, string])[] = [
  ['Bram Ostrowski', 'Congrats on the launch! Does it work with notes written in Dutch, or English only for now?', '3h ago'],
  ['Saoirse Kell', 'The no-recording angle is exactly what my clients want. Upvoted, and trying it on my 2pm call.', '2h ago'],
];
const phNav = ['Launches', 'Products', 'News', 'Forums', 'Advertise'];
const phTopics = ['Productivity', 'Meetings', 'Artificial Intelligence'];
const phSimilar = ['Minutely', 'Recapper', 'Notewise'];
const phFoot = ['About', 'FAQ', 'Terms', 'Privacy and Cookies', 'Twitter', 'Newsletters'];
const phHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>
<title>Quillmate - Turn meeting notes into tidy follow-up emails | Product Hunt</title>
<meta name="description" content="Quillmate reads the notes you already take during a call and drafts a follow-up email."/>
<meta property="og:type" content="article"/><meta property="og:site_name" content="Product Hunt"/><meta name="next-head-count" content="12"/>
<script type="application/ld+json">[{"@context":"http://schema.org","@type":"WebApplication","name":"Quillmate","applicationCategory":"Productivity",
"aggregateRating":{"@type":"AggregateRating","ratingValue":4.9,"ratingCount":28}}]</script>
<link rel="stylesheet" href="/_next/static/css/6b1c0f.css"/></head>
<body><div id="__next"><div class="bg-white"><header class="styles_header__Gr8bN"><a href="/" aria-label="Product Hunt">Product Hunt</a>
<nav class="styles_nav__K1fq0"><ul>${links(phNav, 'styles_navItem__p2Xw0')}</ul></nav><a class="styles_button__n8DdZ" href="/login">Sign in</a></header>
<main class="layoutMain"><div class="styles_container__r4Tq2"><section class="styles_header__vX0jB"><div class="flex flex-row items-center gap-4">
<img src="https://ph-files.example/quillmate-logo.png" alt="Quillmate" width="64" height="64"/><div class="flex flex-col">
<h1 class="text-24 font-semibold text-dark-gray">${phTitle}</h1><div class="text-18 font-light text-light-gray">${phTagline}</div></div></div>
<div class="flex gap-2"><a class="styles_reset__opz7w styles_button__n8DdZ" href="https://quillmate.example/?ref=producthunt">Visit website</a>
<button class="styles_reset__opz7w styles_voteButton__fY7cd" data-test="vote-button"><span>Upvote</span><span>412</span></button></div>
<div class="text-14 text-light-gray">Launched in ${phTopics.map((t) => `<a href="/topics/${t.toLowerCase()}">${t}</a>`).join(', ')}</div></section>
<section class="styles_gallery__Jj6d4"><img src="https://ph-files.example/q1.png" alt=""/><img src="https://ph-files.example/q2.png" alt=""/></section>
<section class="styles_description__m1Sx0"><div class="styles_htmlText__eYPgj text-16 font-normal text-dark-gray">${phDesc.join('')}</div>
<div class="text-14 text-light-gray">Free Options · Launch tags: Productivity, Email</div></section>
<section class="styles_discussion__a0Lq9"><h2 class="text-18 font-semibold">Discussion</h2>
<div class="styles_comment__Xs8pL" data-test="comment-maker"><div class="styles_commentHeader__mR3qT"><a href="/@inesvalk">Ines Valk</a>
<span class="styles_makerBadge__z9Ck3">Maker</span><span class="text-12 text-light-gray">Founder, Quillmate</span></div>
<div class="styles_htmlText__eYPgj">${phMaker.map((p) => `<p>${p}</p>`).join('')}
<ul>${lis(phMakerList)}</ul>${phMakerEnd.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="styles_actions__Tk4wB"><button>Upvote (38)</button><button>Report</button><span>5h ago</span></div></div>
${phComments
  .map(
    ([
      u,
      t,
      a,
    ]) => `<div class="styles_comment__Xs8pL"><div class="styles_commentHeader__mR3qT"><a href="/@${u.split(' ')[0]?.toLowerCase() ?? ''}">${u}</a></div>
<div class="styles_htmlText__eYPgj"><p>${t}</p></div><div class="styles_actions__Tk4wB"><button>Reply</button><button>Share</button><span>${a}</span></div>
</div>`,
  )
  .join('\n')}</section></div>
<aside class="styles_sidebar__H2wQk"><div class="styles_rank__dE7Lb"><span>#3</span> Product of the Day</div><h3 class="text-16">Similar products</h3>
<ul>${links(phSimilar, 'styles_similar__L3mVh')}</ul></aside></main>
<footer class="styles_footer__Bw4Rz"><ul>${links(phFoot, 'styles_footerItem__Ya1qP')}</ul><p>© 2026 Product Hunt</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"apolloState":{"Post:77310":{"name":"Quillmate","votesCount":412}}},
"page":"/posts/[slug]"}</script>
</body></html>`;
const productHunt: TestPage = {
  name: 'heldout432-product-hunt-launch-blog',
  kind: 'blog',
  html: phHtml,
  title: phTitle,
  headings: [],
  body: texts([phTagline, ...phDesc, ...phMaker, ...phMakerList, ...phMakerEnd]),
  bylines: ['Ines Valk', 'Founder, Quillmate', '5h ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Product Hunt', ...phNav, 'Sign in', 'Visit website', 'Upvote', '412', 'Launched in', ...phTopics, 'Free Options · Launch tags: Productivity, Email',
    'Discussion', 'Upvote (38)', 'Report', ...phComments.flat(), 'Reply', 'Share', 'Product of the Day', 'Similar products', ...phSimilar, ...phFoot,
    '© 2026 Product Hunt',
  ],
};

export const HELDOUT432_C: readonly TestPage[] = [kickstarter, productHunt];
