import { links, type TestPage, texts } from './page-kit.js';
import { gofundme } from './pages-heldout165-e2.js';

/**
 * Held-out batch 165, file e: a Kickstarter project page on its Campaign tab (the site header with "Discover", "Start a
 * project", "Search" and "Log in", the "Project We Love" badge, the h1 with the blurb, the funding stats and "Back this
 * project" / "Remind me" buttons, the all-or-nothing notice, the creator line, the tab bar with counts, the Story section
 * with its own h3s and captioned images, the "Risks and challenges" and "Use of AI" sections, the reward tiers in the
 * sidebar, the "Report this project" link, the "Support" rail and the footer with categories).
 */
const ksTitle = 'Moss & Mortar: a tabletop game about rebuilding a flooded town';
const ksBlurb = 'A cooperative board game for 1 to 4 players where every choice about what to rebuild first changes the town you end up with.';
const ksIntro = [
  'Moss & Mortar is a cooperative game for one to four players that takes about an hour to play. A storm has flooded the ' +
    'river town of Wendlebury, and together you have ten seasons to rebuild it before the next one arrives.',
  'We have been designing and playtesting it for three years at game nights, libraries and conventions. The game is finished. ' +
    'What we need now is help paying for the first print run.',
];
const ksH1 = 'How it plays';
const ksP2 = [
  'Each season you draw district cards showing the damaged streets of the town. Players spend workers and materials to repair ' +
    'them, but every district you fix changes what is possible next: rebuild the mill first and timber becomes cheap; rebuild ' +
    'the school first and you gain more volunteers each season.',
  'There is no single right order. In our playtests, groups argued happily about whether the bakery or the bridge mattered ' +
    'more, and the towns they built looked completely different.',
];
const ksH2 = 'What is in the box';
const ksList = [
  'A folding town board, 56 centimetres square',
  '120 district and event cards',
  '48 wooden worker and material tokens',
  'A solo mode deck with 12 scenario cards',
  'A 24-page rulebook with a play-through example',
];
const ksH3 = 'Where the money goes';
const ksP3 = [
  'Our goal of £30,000 covers the print run of 2,500 copies, the wooden components, shipping to our warehouse and the fees ' +
    'charged by Kickstarter and the payment processor. Anything above the goal goes first to upgrading the board to linen ' +
    'finish and then to a Welsh language edition of the rulebook.',
];
const ksRiskH = 'Risks and challenges';
const ksRisk = [
  'Our printer has produced two games for us before, and we have approved the final proofs. The biggest risk is shipping: ' +
    'container costs have changed a great deal in the last two years. We have priced shipping with a margin and will only ' +
    'charge it after the campaign, when we know the real figure.',
];
const ksAiH = 'Use of AI';
const ksAi = ['We did not use AI tools to create any part of this project. All art is by Tove Arnesen.'];
const ksNav = ['Discover', 'Start a project', 'Search', 'Log in'];
const ksTabs = ['Campaign', 'Rewards', 'Creator', 'FAQ', 'Updates', 'Comments', 'Community'];
const ksCaps = ['An early playtest at the Wendlebury library games night.', 'The finished town board after a four-player game.'];
const ksRewards = [
  { p: 'Pledge £5 or more', t: 'Thank you', d: 'Our thanks and your name in the rulebook.', b: '41 backers' },
  { p: 'Pledge £42 or more', t: 'Moss & Mortar', d: 'One copy of the game, shipped when it is ready.', b: '498 backers' },
  { p: 'Pledge £70 or more', t: 'Founder’s edition', d: 'The game, the linen-finish board and a signed art print.', b: '73 backers' },
];
const ksFoot: Record<string, string[]> = {
  About: ['About us', 'Our charter', 'Stats', 'Press', 'Jobs'],
  Support: ['Help Center', 'Our Rules', 'Creator Resources', 'Forward Funds', 'Brand assets'],
  'More from Kickstarter': ['Newsletters', 'Kickstarter Project Updates', 'The Creative Independent', 'Mobile apps', 'Research'],
};
const ksCats = ['Arts', 'Comics & Illustration', 'Design & Tech', 'Film', 'Food & Craft', 'Games', 'Music', 'Publishing'];
const ksLegal = ['Trust & Safety', 'Terms of Use', 'Privacy Policy', 'Cookie Policy', 'Accessibility Statement', 'CA Notice of Consent', 'Cookie Preferences'];
const ksFig = (
  cap: string,
  i: number,
): string => `<figure><img alt="" class="fit lazyloaded" data-src="https://i.kickstarter.example/assets/04${i}/original.jpg"
src="https://i.kickstarter.example/assets/04${i}/original.jpg"><figcaption class="px2">${cap}</figcaption></figure>`;
const ksHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${ksTitle} by Harrow Lane Games — Kickstarter</title><meta name="description" content="${ksBlurb}">
<meta property="og:title" content="${ksTitle}"><meta property="og:type" content="kickstarter:project"><meta property="og:site_name" content="Kickstarter">
<meta name="csrf-token" content="Xp1t"><link rel="canonical" href="https://www.kickstarter.com/projects/harrowlane/moss-and-mortar">
<link rel="stylesheet"
href="https://d3mlfyygrfdi2i.cloudfront.example/assets/application-ltr-5c1f.css"><script>window.current_project = "&#123;&quot;id&quot;:1873}";</script>
<script src="https://d3mlfyygrfdi2i.cloudfront.example/assets/packs/js/application-4e7a.js" defer></script></head>
<body class="projects projects-show"><div id="main_content"><header id="global-header"
class="ksr-header"><div class="flex items-center justify-between px3 py2">
<a href="/discover" class="ksr-header__link">${ksNav[0]}</a><a href="/learn" class="ksr-header__link">${ksNav[1]}</a><a href="/" class="ksr-header__logo"
aria-label="Kickstarter homepage"><svg class="svg-icon__logo" aria-hidden="true"></svg></a><button class="ksr-header__search"
aria-label="Search">${ksNav[2]}</button>
<a href="/login" class="ksr-header__link">${ksNav[3]}</a></div></header>
<div id="react-project-header" data-initial="&#123;&#125;"><section class="project-profile__header grid-container"><div class="grid-row">
<div class="col-full"><div class="flex items-center mb3"><span class="support-700 type-12 bg-support-100 radius4px px1">Project We Love</span>
<span class="type-12 ml2"><a href="/discover/categories/games/tabletop%20games">Tabletop Games</a></span><span class="type-12 ml2"><a
href="/discover/places/bristol-gb">Bristol,
UK</a></span></div><h1 class="type-28 type-24-md soft-black mb1 project-name">${ksTitle}</h1><p class="type-14 type-18-md soft-black project-description
mb1">${ksBlurb}</p>
</div></div><div class="grid-row"><div class="col-8"><div class="project-video"><img alt="Project image"
src="https://i.kickstarter.example/assets/hero.jpg"></div></div>
<div class="col-4"><div class="ksr_page_timer poll stat"><span class="ksr-green-700 inline-block type-16 type-28-md bold">£41,852</span>
<span class="money">pledged of £30,000 goal</span></div><div class="block type-16 type-28-md bold">612</div><span class="block navy-600 type-12">backers</span>
<div class="block type-16 type-28-md bold">11</div><span class="block navy-600 type-12">days to go</span>
<button class="bttn bttn-green bttn-medium w100p">Back this project</button><button class="bttn bttn-white bttn-medium w100p">Remind me</button>
<p class="type-12 navy-600 mt2"><a href="/help/faq/kickstarter+basics#Acco">All or nothing.</a>
This project will only be funded if it reaches its goal by Thu, November 13
2025 8:00 PM GMT.</p></div></div>
<div class="creator-line flex items-center mt3"><img class="circle" width="40" alt="" src="https://ksr-ugc.imgix.example/avatar.jpg"><div class="ml2">
<a class="type-14 bold soft-black"
href="/profile/harrowlane">Harrow Lane Games</a><span class="block type-12 navy-600">2 created · 14 backed</span></div></div></section></div>
<nav class="project-nav" aria-label="Project"><ul class="flex">${ksTabs
  .map(
    (t) => `<li><a class="project-nav__link${t === 'Campaign' ? ' project-nav__link--active' : ''}"
href="#${t.toLowerCase()}">${t}${t === 'Updates' ? ' <span class="count">3</span>' : t === 'Comments' ? ' <span class="count">41</span>' : ''}</a></li>`,
  )
  .join('')}</ul></nav>
<div class="grid-container"><div class="grid-row"><div class="col-8"><div id="react-campaign"><div class="story-content" id="story">
<h2 class="type-24 mb3">Story</h2><div class="rte__content">
${ksIntro.map((p) => `<p>${p}</p>`).join('\n')}
${ksFig(ksCaps[0] ?? '', 1)}
<h3 id="h:how-it-plays" class="type-18">${ksH1}</h3>
${ksP2.map((p) => `<p>${p}</p>`).join('\n')}
<h3 id="h:what-is-in-the-box" class="type-18">${ksH2}</h3>
<ul>${ksList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ksFig(ksCaps[1] ?? '', 2)}
<h3 id="h:where-the-money-goes" class="type-18">${ksH3}</h3>
${ksP3.map((p) => `<p>${p}</p>`).join('\n')}
</div></div>
<div id="risks-and-challenges" class="mb6"><h2 class="type-24 mb3">${ksRiskH}</h2><p class="js-risks-text text-preline">${ksRisk[0]}</p>
<a href="/help/faq/creators#FailToDeliv" class="type-14">Learn about accountability on Kickstarter</a></div>
<div id="use-of-ai" class="mb6"><h2 class="type-24 mb3">${ksAiH}</h2><p>${ksAi[0]}</p></div>
<div class="mb6"><h2 class="type-24 mb3">Environmental commitments</h2><p class="type-14">Sustainable materials</p></div>
<a href="/projects/harrowlane/moss-and-mortar/report" class="type-14 navy-600">Report this project to Kickstarter</a></div></div>
<div class="col-4"><div class="NS_projects__rewards_list js-project-rewards"><h2 class="type-18 mb2">Support</h2><ol>${ksRewards
  .map(
    (r) => `<li class="hover-group
pledge-selectable-sidebar"><div class="pledge__info"><h2 class="pledge__amount"><span class="money">${r.p}</span></h2><h3 class="pledge__title">${r.t}</h3>
<div class="pledge__reward-description"><p>${r.d}</p></div><div class="pledge__backer-stats"><span class="pledge__backer-count">${r.b}</span></div></div></li>`,
  )
  .join('\n')}
</ol></div></div></div></div></div>
<footer class="ksr-footer" role="contentinfo"><ul class="ksr-footer__categories flex flex-wrap">${links(ksCats, 'mr3')}</ul><div class="flex flex-wrap">
${Object.entries(ksFoot)
  .map(([h, items]) => `<div class="col-4"><h3 class="type-14 bold">${h}</h3><ul>${links(items)}</ul></div>`)
  .join('\n')}</div><p class="type-12">Kickstarter, PBC © 2025</p><ul class="flex">${links(ksLegal, 'mr2')}</ul></footer></body></html>`;
const kickstarter: TestPage = {
  html: ksHtml,
  name: 'heldout165-kickstarter-project-blog',
  kind: 'blog',
  // the blurb under the h1 is body; the creator name is a byline; the "Story", "Risks and challenges" and "Use of AI"
  // sections are the project's text (their h2s and h3s are headings); stats, tabs, rewards and badges are furniture
  title: ksTitle,
  headings: ['Story', ksH1, ksH2, ksH3, ksRiskH, ksAiH],
  body: texts([ksBlurb, ...ksIntro, ...ksP2, ...ksList, ...ksP3, ...ksRisk, ...ksAi]),
  bylines: ['Harrow Lane Games'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...ksNav, 'Project We Love', 'Tabletop Games', 'Bristol, UK', '£41,852', 'pledged of £30,000 goal', '612', 'backers', '11', 'days to go',
    'Back this project', 'Remind me', 'All or nothing. This project will only be funded if it reaches its goal by Thu, November 13 2025 8:00 PM GMT.',
    '2 created · 14 backed', ...ksTabs, ...ksCaps, 'Learn about accountability on Kickstarter', 'Environmental commitments', 'Sustainable materials',
    'Report this project to Kickstarter', 'Support', ...ksRewards.flatMap((r) => [r.p, r.t, r.d, r.b]).filter((t) => t !== 'Moss & Mortar'), ...ksCats,
    ...Object.entries(ksFoot).flat(2).filter((t) => t !== 'Support'), 'Kickstarter, PBC © 2025', ...ksLegal,
  ],
};

export const HELDOUT165_E: readonly TestPage[] = [kickstarter, gofundme];
