import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 14, file e: a Lemmy thread as lemmy-ui renders it (Bootstrap utility classes, link post with its domain,
 * vote bar and score, person listings with remote instance suffixes, comment tree in nested ul.comments with scores,
 * "reply" / "report" buttons, a deleted comment, OP badge, community sidebar with rules and moderators, version footer) and
 * a Kickstarter campaign page (title and blurb, pledge box with amount, goal, backers and days to go, "All or nothing",
 * tabs, story with h3 anchors and captioned images, "Risks and challenges", reward tiers, creator bio).
 */
const lmTitle = 'Utrecht’s giant station bike garage hit 80% occupancy in its first full winter';
const lmPost = [
  'Nice to see numbers after a whole winter instead of the usual opening-week photos. The article says about 80% of the 12,500 spaces ' +
    'were in use on an average weekday in January, up from 64% a year earlier, and that theft reports around the station fell by more ' +
    'than half.',
  'Does anyone here use it regularly? I only know it from the videos of people riding down the ramp into the basement.',
];
interface Comment {
  who: string;
  score: string;
  age: string;
  text: string;
  op?: boolean;
  kids?: Comment[];
}
const lmComments: Comment[] = [
  {
    who: 'spokewrench',
    score: '87',
    age: '4h',
    text:
      'The thing people miss about the Utrecht garage is the staffing. There are people on duty all day, the racks are numbered, and the ' +
      'first 24 hours are free. It feels like a public service instead of a cage you lock your bike in and hope for the best.',
    kids: [
      {
        who: 'tamsin_k@feddit.example',
        score: '41',
        age: '4h',
        text:
          'Free first day is the key part. Our city built a lovely secure shelter and then charged €1.50 a visit. It sat half empty for ' +
          'two years until the council dropped the fee.',
        kids: [
          {
            who: 'spokewrench',
            score: '12',
            age: '3h',
            text: 'Same story here. Every cent you charge for parking a bike is a reason to just lock it to the railing outside.',
          },
        ],
      },
      {
        who: 'orrin@lemm.example',
        score: '9',
        age: '3h',
        text: 'Staffing costs money though. I’d be curious what the running cost per space is compared with a car park.',
        kids: [
          {
            who: 'lindqvist_rides',
            op: true,
            score: '15',
            age: '2h',
            text:
              'The article has a figure for that: roughly €140 per space per year including staff, which the city compares with about ' +
              '€1,100 for a space in the municipal car park next door.',
          },
        ],
      },
    ],
  },
  {
    who: 'grauwal',
    score: '33',
    age: '2h',
    text:
      'I commute through there twice a week. The only real complaint is that the signs showing free spaces are sometimes wrong on the upper ' +
      'level, so you ride up a ramp for nothing. Minor thing compared with what we had before.',
  },
];
const lmFlat = (cs: Comment[]): Comment[] => cs.flatMap((c) => [c, ...lmFlat(c.kids ?? [])]);
const lmNode = (c: Comment): string =>
  `<li class="comment" role="comment"><article class="comment-node py-2"><div class="details comment-node py-2"><div class="ms-2">
<div class="d-flex flex-wrap align-items-center text-muted small"><button class="btn btn-sm btn-link text-muted me-2" aria-label="Collapse">[-]</button>
<a class="person-listing d-inline-flex align-items-baseline text-info" href="/u/${c.who}"><span>${c.who}</span>
</a>${c.op ? '<span class="badge text-bg-light ms-1">OP</span>' : ''}
<span class="me-1 fw-bold" aria-label="${c.score} points">${c.score}</span><span class="me-1">•</span>
<span class="moment-time" data-tippy-content="Sun, Mar 24, 2024">${c.age}</span></div>
<div class="md-div"><p>${c.text}</p></div>
<div class="d-flex justify-content-between justify-content-lg-start flex-wrap text-muted fw-bold">
<button class="btn btn-link btn-animate text-muted btn-sm">reply</button>
<button class="btn btn-link btn-animate text-muted btn-sm">report</button></div></div></div></article>
${c.kids ? `<ul class="comments ms-1 border-top border-light">${c.kids.map(lmNode).join('\n')}</ul>` : ''}</li>`;
const lmNav = ['Communities', 'Create Post', 'Create Community', 'Support Lemmy', 'Search', 'Login', 'Sign Up'];
const lmRules = ['Be civil, especially about helmets.', 'No sales posts or referral links.', 'Link to the original source for news.'];
const lmFoot = ['Modlog', 'Instances', 'Docs', 'Code', 'join-lemmy.org'];
const lmHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${lmTitle} - Brackish Social</title>
<meta name="description" content="Nice to see numbers after a whole winter instead of the usual opening-week photos.">
<meta property="og:title" content="${lmTitle}"><meta property="og:url" content="https://lemmy.brackish.example/post/8812043">
<meta property="og:type" content="website"><link rel="manifest" href="/manifest.webmanifest"><link rel="stylesheet" href="/static/1a2b3c/styles/styles.css">
<script nonce="x">window.isoData = {"path":"/post/8812043","site_res":{"site_view":{"site":{"name":"Brackish Social"}}},"routeData":{}};</script></head>
<body><div id="root"><div class="lemmy-site"><nav class="navbar navbar-expand-md navbar-light shadow-sm p-0 px-3 container-lg">
<a class="d-flex align-items-center navbar-brand me-md-3" title="A Lemmy instance for the North Sea coast" href="/">Brackish Social</a>
<ul class="navbar-nav me-auto">${links(lmNav, 'nav-item')}</ul></nav>
<div class="mt-4 p-0 fl-1"><main class="container-lg"><div class="row"><div class="col-12 col-md-8 col-lg-9 mb-3">
<div class="post-listing mt-2"><div class="d-flex"><div class="vote-bar small text-center">
<button class="btn-animate btn btn-link p-0 text-muted" aria-label="Upvote">
<svg class="icon upvote"></svg></button><div class="unselectable pointer text-muted post-score" data-tippy-content="214 points">214</div>
<button class="btn-animate btn btn-link p-0 text-muted" aria-label="Downvote"><svg class="icon downvote"></svg></button></div>
<div class="col flex-grow-1"><h1 class="h5 d-inline text-break">
<a class="d-inline link-dark" href="https://nos.example/artikel/2511902-fietsenstalling">${lmTitle}</a></h1>
<p class="small d-inline text-muted">
<a class="fst-italic link-dark link-opacity-75" href="https://nos.example/artikel/2511902-fietsenstalling">nos.example</a></p>
<div class="small mb-1 mb-md-0"><a class="person-listing text-info" href="/u/lindqvist_rides"><span>lindqvist_rides</span></a> to
<a class="community-link" href="/c/cycling"><span>cycling</span></a> • <span class="moment-time" data-tippy-content="Sun, Mar 24, 2024">5h</span></div>
<div class="md-div mt-3">${ps(lmPost)}</div>
<div class="d-flex align-items-center text-muted small"><a class="btn btn-link btn-sm text-muted ps-0" href="/post/8812043">43 comments</a>
<button class="btn btn-sm btn-link text-muted" aria-label="Save">save</button><button class="btn btn-sm btn-link text-muted">report</button></div></div></div>
</div>
<form class="comment-form my-2"><textarea class="form-control" placeholder="Type here to comment..." disabled></textarea>
<button class="btn btn-secondary">Reply</button></form>
<div class="btn-group btn-group-toggle flex-wrap mb-2" role="group"><span class="me-3">Sort</span><button class="btn btn-outline-secondary active">Hot</button>
<button class="btn btn-outline-secondary">Top</button><button class="btn btn-outline-secondary">New</button>
<button class="btn btn-outline-secondary">Old</button></div>
<ul class="comments">
${lmComments.map(lmNode).join('\n')}
<li class="comment" role="comment"><article class="comment-node py-2"><div class="ms-2"><div class="text-muted small">
<span class="fst-italic">deleted by creator</span></div></div></article></li>
</ul></div>
<aside class="d-none d-md-block col-md-4 col-lg-3"><div class="card border-secondary mb-3"><div class="card-body"><h5 class="mb-0">Cycling</h5>
<a class="text-muted" href="/c/cycling">!cycling@lemmy.brackish.example</a><ul class="badges my-1 list-inline">
<li class="list-inline-item badge text-bg-secondary">
2.4K Subscribers</li><li class="list-inline-item badge text-bg-secondary">118 users / day</li></ul>
<button class="btn btn-secondary d-block mb-2 w-100">Subscribe</button>
<div class="md-div"><p>Everyday riding: commuting, touring, repairs and the odd argument.</p><h4>Rules</h4>
<ol>${lmRules.map((r) => `<li>${r}</li>`).join('')}</ol></div>
<h6 class="d-inline">Moderators</h6><ul class="list-inline small"><li class="list-inline-item"><a href="/u/grauwal">grauwal</a></li>
<li class="list-inline-item"><a href="/u/hedda">hedda</a></li></ul></div></div></aside></div></main></div>
<nav class="container-lg navbar navbar-expand-md navbar-light navbar-bg p-3"><div class="navbar-collapse"><ul class="navbar-nav ms-auto">
<li class="nav-item"><span class="nav-link">BE: 0.19.3</span></li>${links(lmFoot, 'nav-item')}</ul></div></nav></div></div>
<script defer src="/static/1a2b3c/js/client.js"></script>
</body></html>`;
const lemmy: TestPage = {
  html: lmHtml,
  name: 'heldout14-lemmy-thread',
  kind: 'forum',
  // hard calls: a link post: its h1 title links out, the post text and every comment are body (forum convention); user
  // names and ages are bylines; "cycling" (the community link in the post line) and the OP badge are furniture; scores,
  // "reply" / "report", the deleted-comment stub, the sort buttons, the community card (its rules too) and footer furniture
  title: lmTitle,
  headings: [],
  body: [...texts(lmPost), ...lmFlat(lmComments).map((c) => c.text)],
  bylines: ['lindqvist_rides', 'spokewrench', 'tamsin_k@feddit.example', 'orrin@lemm.example', 'grauwal', '5h', '4h', '3h', '2h'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Brackish Social', ...lmNav, '214', 'nos.example', 'cycling', '43 comments', 'save', 'report', 'Reply', 'Sort', 'Hot', 'Top', 'New', 'Old', '[-]', 'OP',
    ...lmFlat(lmComments).map((c) => c.score), 'reply', 'deleted by creator', 'Cycling', '!cycling@lemmy.brackish.example', '2.4K Subscribers',
    '118 users / day', 'Subscribe', 'Everyday riding: commuting, touring, repairs and the odd argument.', 'Rules', ...lmRules, 'Moderators', 'hedda',
    'BE: 0.19.3', ...lmFoot,
  ],
};

const ksTitle = 'Lighthouse Keepers: a cooperative game of storms and promises';
const ksBlurb = 'Keep every light burning through the winter of 1893 in a cooperative board game for one to four players.';
const ksAbout = [
  'Lighthouse Keepers is a cooperative game set on a chain of islands off a rocky coast in the winter of 1893. Each of you runs a ' +
    'lighthouse. Storms roll in from the west, the supply boats are late, and ships are counting on your lamps being lit every single night.',
  'You win together if every lighthouse is still burning when the storm season ends. You lose together if a single light goes dark while a ' +
    'ship is at sea.',
];
const ksPlay = [
  'Each round has two halves. By day you row between islands, trade oil and wicks with your neighbours, and repair whatever the last storm ' +
    'broke. By night you draw storm cards, which batter the coast and test whether each keeper prepared well enough.',
  'The heart of the game is the logbook: a shared board where you record what each lighthouse has promised the others. Breaking a promise ' +
    'is allowed, but every broken promise makes the next storm harder for everyone.',
];
const ksFacts = [
  '1–4 players, ages 12 and up',
  '45 to 75 minutes a game',
  'A solo mode with its own storm deck',
  'Twelve lighthouse boards, each with its own strengths',
];
const ksWhy = [
  'We are a two-person studio in Bristol. Lighthouse Keepers started as a game we played with our own families one Christmas, on hand-drawn ' +
    'cards, after the power went out in a storm. The idea that everyone could lose because one light failed made the table quiet in a way ' +
    'few games do.',
  'Since then it has been played more than 600 times at conventions and game cafés, and blind-tested by groups who had never met us. The ' +
    'rules you will receive are the ninth version.',
];
const ksRisks =
  'Our manufacturer printed our first, smaller game in 2022 and delivered on time. The main risk this time is shipping: freight prices have ' +
  'moved a lot in the last two years, and we have built a margin into our shipping estimates rather than charging it later. If costs rise ' +
  'beyond that margin, we will absorb the difference rather than ask backers for more.';
const ksCaps = ['Prototype boards from our ninth round of playtesting.', 'The logbook, where every promise between keepers is written down.'];
const ksTabs = ['Campaign', 'Rewards', 'FAQ', 'Updates', 'Comments', 'Community'];
const ksTiers: [string, string, string, string][] = [
  ['Pledge £32', 'Early Keeper', 'One copy of Lighthouse Keepers with every stretch goal unlocked.', '214 backers'],
  ['Pledge £45', 'Keeper’s Edition', 'The game, plus wooden oil barrels and a linen map of the islands.', '312 backers'],
];
const ksFoot = ['About us', 'Our charter', 'Stats', 'Press', 'Jobs', 'Help Center', 'Trust & Safety'];
const ksFig = (i: number): string =>
  `<figure class="image"><div class="template asset" data-id="4412${i}"><img class="fit lazyloaded" src="https://ksr-ugc.imgix.example/assets/4412${i}.jpg" ` +
  `alt=""></div><figcaption class="px2">${ksCaps[i]}</figcaption></figure>`;
const ksHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${ksTitle} by Harbour Light Games — Kickstarter</title>
<meta name="description" content="${ksBlurb}"><meta property="og:title" content="${ksTitle}"><meta property="og:type" content="kickstarter:project">
<meta property="og:image" content="https://ksr-ugc.imgix.example/assets/441200/cover.jpg"><meta name="twitter:card" content="summary_large_image">
<script>window.current_project = "{&quot;id&quot;:1804411923,&quot;goal&quot;:30000.0,&quot;currency&quot;:&quot;GBP&quot;}";</script></head>
<body class="project-show"><header id="global-header" class="bg-white"><nav class="flex items-center"><a href="/discover" class="nav-link">Discover</a>
<a href="/learn" class="nav-link">Start a project</a><a href="/" class="logo" aria-label="Kickstarter"></a><a href="/search" class="nav-link">Search</a>
<a href="/login" class="nav-link">Log in</a></nav></header>
<main id="content-wrap" role="main"><div id="react-project-header"><div class="grid-container"><span class="project-we-love-badge">Project We Love</span>
<h2 class="type-28 type-24-md soft-black mb1 project-name">${ksTitle}</h2><p class="type-14 type-18-md soft-black project-description mb1">${ksBlurb}</p>
<div class="flex"><div class="mb4-lg"><span class="ksr-green-700 inline-block medium type-16 type-24-md">£48,216</span>
<span class="block dark-grey-500 type-12 type-14-md lh3-lg">pledged of £30,000 goal</span></div><div class="ml5 ml0-lg mb4-lg">
<span class="block type-16 type-24-md medium soft-black">612</span><span class="block type-12 type-14-md dark-grey-500">backers</span></div>
<div class="ml5 ml0-lg"><span class="block type-16 type-24-md medium soft-black">9</span>
<span class="block type-12 type-14-md dark-grey-500">days to go</span></div></div>
<a class="bttn bttn-green bttn-medium block" href="#rewards">Back this project</a><button class="bttn bttn-light">Remind me</button>
<p class="type-12 dark-grey-500"><b>All or nothing.</b> This project will only be funded if it reaches its goal by Thu, May 16 2024 6:00 PM UTC +00:00.</p>
<div class="project-tags"><a href="/discover/categories/games/tabletop%20games">Tabletop Games</a><a href="/discover/places/bristol-gb">Bristol, UK</a></div>
</div></div>
<nav class="project-nav" aria-label="Project"><ul>${ksTabs
  .map(
    (t) => `<li><a class="project-nav__link" href="#${t.toLowerCase()}">${t}</a>
</li>`,
  )
  .join('')}</ul></nav>
<div class="grid-row"><div class="col-8 description-container"><div class="story-content"><div class="rte__content">
<h3 class="page-anchor" id="h:about-the-game">About the game</h3>
${ps(ksAbout)}
${ksFig(0)}
<h3 class="page-anchor" id="h:how-it-plays">How it plays</h3>
${ps(ksPlay)}
${ksFig(1)}
<ul>${ksFacts.map((f) => `<li>${f}</li>`).join('\n')}</ul>
<h3 class="page-anchor" id="h:why-we-made-it">Why we made it</h3>
${ps(ksWhy)}
</div></div>
<div id="risks-and-challenges"><h2 class="normal mb4">Risks and challenges</h2><p class="js-risks-text text-preline">${ksRisks}</p>
<a class="green-dark" href="/help/accountability">Learn about accountability on Kickstarter</a></div>
<div class="faq-cta"><p>Questions about this project? <a href="#faq">Check out the FAQ</a></p></div></div>
<div class="col-4"><div class="creator-bio"><div class="creator-name"><a href="/profile/harbourlight">Harbour Light Games</a></div>
<p class="creator-stats">2 created · 31 backed</p><p class="creator-bio__text">We make small cooperative games about places we love, from a shed in Bristol.</p>
<a href="/profile/harbourlight/about">See full bio</a><button class="text-underline">Contact me</button></div>
<div id="rewards" class="pledge-rewards"><h2 class="type-18">Support</h2>
${ksTiers
  .map(
    ([p, n, d, b]) => `<div class="pledge__info"><h2 class="pledge__amount"><span class="money">${p}</span></h2><h3 class="pledge__title">${n}</h3>
<div class="pledge__reward-description"><p>${d}</p></div><div class="pledge__extra-info"><span class="pledge__detail-label">Estimated delivery</span>
<span class="pledge__detail-info">Nov 2024</span><span class="pledge__detail-label">Ships to</span>
<span class="pledge__detail-info">Anywhere in the world</span></div>
<span class="pledge__backer-count">${b}</span></div>`,
  )
  .join('\n')}
</div></div></div>
<div class="report-project"><a href="/report">Report this project to Kickstarter</a></div></main>
<footer class="footer"><ul>${links(ksFoot)}</ul><p>Kickstarter, PBC © 2024</p></footer>
<script src="https://ksr-static.imgix.example/assets/project.js" defer></script>
</body></html>`;
const kickstarter: TestPage = {
  html: ksHtml,
  name: 'heldout14-kickstarter-campaign',
  kind: 'blog',
  // hard calls: the project title is an h2 (there is no h1, as on the real page) and its blurb is body (the pitch's lead);
  // the story and "Risks and challenges" are the creator's own prose about the project, so body with its h2 as a heading;
  // the creator name is a byline; the pledge box, tags, tabs, captions, creator stats and bio, reward tiers (amount, title,
  // description, delivery, backers), the accountability and FAQ links and the footer are furniture
  title: ksTitle,
  headings: ['About the game', 'How it plays', 'Why we made it', 'Risks and challenges'],
  body: [ksBlurb, ...texts(ksAbout), ...texts(ksPlay), ...texts(ksFacts), ...texts(ksWhy), ksRisks],
  bylines: ['Harbour Light Games'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Discover', 'Start a project', 'Search', 'Log in', 'Project We Love', '£48,216', 'pledged of £30,000 goal', '612', 'backers', '9', 'days to go',
    'Back this project', 'Remind me', 'All or nothing. This project will only be funded if it reaches its goal by Thu, May 16 2024 6:00 PM UTC +00:00.',
    'Tabletop Games', 'Bristol, UK', ...ksTabs, ...ksCaps, 'Learn about accountability on Kickstarter', 'Questions about this project?', 'Check out the FAQ',
    '2 created · 31 backed', 'We make small cooperative games about places we love, from a shed in Bristol.', 'See full bio', 'Contact me', 'Support',
    ...ksTiers.flat(), 'Estimated delivery', 'Nov 2024', 'Ships to', 'Anywhere in the world', 'Report this project to Kickstarter', ...ksFoot,
    'Kickstarter, PBC © 2024',
  ],
};

export const HELDOUT14_E: readonly TestPage[] = [lemmy, kickstarter];
