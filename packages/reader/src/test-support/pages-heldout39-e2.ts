import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 39, file e2: a Kickstarter campaign page on its Campaign tab (the header with Discover / Start a project,
 * the project hero with title, blurb, "Project We Love" badge, category and location, the funding stats with the pledge
 * and "Remind me" buttons and the all-or-nothing note, the creator strip, the Campaign / Rewards / Creator / FAQ / Updates /
 * Comments / Community tabs, the story's section nav, the rich-text story with page-anchor headings, figures with
 * captions and a list, "Risks and challenges" with the accountability link, the report link, the reward cards in the
 * side column, the no-reward pledge box, the footer, and the project JSON in a data attribute).
 */
const ksTitle = 'Hollin Lantern: A Solar Lantern You Can Repair Yourself';
const ksBlurb = 'A weatherproof solar lantern with a swappable battery, standard screws and a repair manual in the box. Built to last ten years, not two.';
const ksCreator = 'Hollin Works';
const ksH1 = 'Why we built Hollin';
const ksWhy = [
  'Most solar lanterns die the same way. After two or three winters the battery stops holding a charge, the case turns out to ' +
    'be glued shut, and the whole thing goes in the bin. We run a small repair café in Sheffield, and we saw so many of them ' +
    'that we started keeping the dead ones in a box under the counter. By last spring it held 63 lanterns from eleven brands, ' +
    'and not one of them could be opened without breaking it.',
  'Hollin is our answer: a lantern that is meant to be opened.',
];
const ksH2 = 'What makes it repairable';
const ksRepair = [
  'The battery is a standard 18650 cell in a holder, not soldered in. Swapping it takes a coin and about thirty seconds.',
  'The case is held together with six Torx screws, all the same size.',
  'The solar panel, LED board and switch connect with plugs, so any one of them can be replaced on its own.',
  'Every lantern comes with a printed repair manual, and we will publish the parts list and drawings under an open licence.',
];
const ksH3 = 'How bright, and for how long';
const ksBright = [
  'On its highest setting Hollin gives 300 lumens for about six hours, enough to light a kitchen table or a tent. On the lowest ' +
    'it runs for around 80 hours, and a full day of British winter light is usually enough to top it up. The case is rated IP65, ' +
    'so it can stay outside all year.',
];
const ksH4 = 'Where the money goes';
const ksMoney = [
  'Our goal covers the injection-moulding tools for the case, which are the single largest cost, and a first production run ' +
    'of 1,500 lanterns with our manufacturing partner in Rotherham. Anything raised above the goal goes into spare-parts stock, ' +
    'so that we can sell replacement batteries and panels at cost for at least ten years.',
];
const ksH5 = 'Risks and challenges';
const ksRisks =
  'We have built six rounds of prototypes and tested the final design through a winter on allotments around the city, but ' +
  'moving to mass production always brings surprises. The biggest risk is the moulding tools: if the first samples need ' +
  'changes, delivery could slip by six to eight weeks. We will post an update every month, including when things go wrong.';
const ksCaps = ['Prototype four on the bench at our workshop in Kelham Island.', 'Inside a Hollin: six screws, three plugs, one battery holder.'];
const ksTabs = ['Campaign', 'Rewards', 'Creator', 'FAQ 6', 'Updates 4', 'Comments 231', 'Community'];
const ksRewards: [string, string, string, string, string][] = [
  ['£45', 'Early Bird Lantern', 'One Hollin Lantern at the early bird price, with a printed repair manual.', '312 backers', 'Limited (88 left of 400)'],
  ['£85', 'Two Lanterns', 'Two Hollin Lanterns, one for you and one to give away, each with a repair manual.', '406 backers', ''],
];
const ksFoot: [string, string[]][] = [
  ['About', ['About us', 'Our charter', 'Stats', 'Press', 'Jobs']],
  ['Support', ['Help Center', 'Our Rules', 'Creator Resources', 'Forward Funds', 'Brand assets']],
  ['More from Kickstarter', ['Newsletters', 'The Creative Independent', 'Mobile apps', 'Research']],
];
const ksLegal = ['Trust & Safety', 'Terms of Use', 'Privacy Policy', 'Cookie Policy', 'Accessibility Statement', 'CA Notice of Consent'];
const ksFig = (cap: string, n: number) =>
  `<figure class="image"><img class="fit lazyloaded" src="https://i.kickstarter.com/assets/047/118/${n}/original.jpg?fit=scale-down&amp;width=680" alt="">` +
  `<figcaption class="px2">${cap}</figcaption></figure>`;
const ksHead = (h: string) => `<h3 class="page-anchor" id="h:${h.toLowerCase().replace(/[^a-z]+/g, '-')}">${h}</h3>`;
const ksHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${ksTitle} by ${ksCreator} — Kickstarter</title>
<meta name="description" content="${ksBlurb}"><meta property="og:type" content="kickstarter:project">
<link rel="stylesheet" href="https://d3mlfyygrfdi2i.cloudfront.net/assets/application-7d1f0c.css"></head>
<body class="projects-show"><div id="global-header"><header class="site-header"><nav class="flex items-center"><a href="/discover" class="nav-link">Discover</a>
<a href="/learn" class="nav-link">Start a project</a><a href="/" class="site-logo" aria-label="Kickstarter logo"><svg aria-hidden="true"></svg></a><button
class="nav-link" aria-label="Search">Search</button><a href="/login" class="nav-link">Log in</a></nav></header></div>
<main role="main" id="content-wrap"><section class="js-project-hero project-hero"><div id="react-project-header"
data-initial="{&quot;project&quot;:{&quot;id&quot;:
1921044837,&quot;name&quot;:&quot;Hollin Lantern&quot;,&quot;state&quot;:&quot;LIVE&quot;,&quot;goal&quot;:30000,&quot;currency&quot;:&quot;GBP&quot;}}">
<div class="grid-container"><h1 class="project-name type-28 type-24-md soft-black mb1">${ksTitle}</h1><p class="project-description type-14 type-18-md
soft-black">${ksBlurb}</p>
<div class="project-badges"><span class="badge badge--pwl">Project We Love</span><a href="/discover/categories/design/product%20design">Product Design</a>
<a href="/discover/places/sheffield-gb">Sheffield, UK</a></div>
<div class="project-stats"><div class="ksr-green-700"><span class="money">£84,312</span></div><span class="block dark-grey-500">pledged of <span
class="money">£30,000</span> goal</span>
<div class="block type-16 type-28-md bold dark-grey-500"><span>1,204</span></div><span class="block dark-grey-500">backers</span>
<div class="block type-16 type-28-md bold dark-grey-500"><span>12</span></div><span class="block dark-grey-500">days to go</span></div>
<div class="project-actions"><a class="bttn bttn-primary" href="/projects/hollinworks/hollin-lantern/pledge/new">Back this project</a><button class="bttn
bttn-secondary">Remind
me</button><p class="type-12 dark-grey-500">All or nothing. This project will only be funded if it reaches its goal by Thu, April 2 2026 10:00 AM BST.</p></div>
<div class="creator-strip"><img alt="" class="circle" src="https://ksr-ugc.imgix.net/avatars/3311/hollin.png"><span class="type-14">by</span> <a href="#creator"
class="hero__link bold">${ksCreator}</a><span class="type-12 dark-grey-500">2 created · 14 backed</span></div></div></div></section>
<nav class="project-nav" aria-label="Project navigation"><ul class="flex">${links(ksTabs, 'project-nav__link')}</ul></nav>
<div class="grid-container flex"><div class="col-campaign"><nav class="campaign-nav" aria-label="Campaign sections"><ul><li><a href="#story">Story</a></li>
<li><a href="#risks">${ksH5}</a></li></ul></nav>
<section id="story" class="js-project-description-content"><div class="story-content mb8"><div class="rte__content">
${ksHead(ksH1)}
${ksWhy.map((p) => `<p>${p}</p>`).join('\n')}
${ksFig(ksCaps[0] ?? '', 901)}
${ksHead(ksH2)}
<ul>${ksRepair.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ksFig(ksCaps[1] ?? '', 902)}
${ksHead(ksH3)}
<p>${ksBright[0]}</p>
${ksHead(ksH4)}
<p>${ksMoney[0]}</p></div></div></section>
<section id="risks" class="mb8"><h2 class="type-18 type-24-md soft-black">${ksH5}</h2><p class="js-risks-text text-preline">${ksRisks}</p>
<a href="/help/faq/kickstarter+basics#Acco" class="type-14 ksr-green-700">Learn about accountability on Kickstarter</a></section>
<div class="project-faq-teaser"><p>Questions about this project? <a href="#faq">Check out the FAQ</a></p></div>
<a href="/report?project=1921044837" class="type-12 report-link">Report this project to our Trust &amp; Safety team</a></div>
<aside class="col-rewards"><h2 class="type-18">Support</h2><div class="pledge-without-reward"><h3>Make a pledge without a reward</h3><label for="amount">Pledge
amount</label>
<input id="amount" type="number" value="1"><button class="bttn">Continue</button></div>
${ksRewards
  .map(
    ([p, n, d, b, l]) =>
      `<article class="reward-card"><h3 class="type-18">${p}</h3><h4 class="type-16 bold">${n}</h4><p class="type-14">${d}</p>` +
      `<div class="type-12"><span class="dark-grey-500">Estimated delivery</span> <time>Sep 2026</time></div><div class="type-12"><span
class="dark-grey-500">Ships to` +
      `</span> Anywhere in the world</div><div class="type-12">${b}</div>${l === '' ? '' : `<span class="badge">${l}</span>`}` +
      `<button class="bttn bttn-primary">Pledge ${p}</button></article>`,
  )
  .join('\n')}</aside></div>
<section id="creator" class="creator-bio"><h2>${ksCreator}</h2><p>2 created · 14 backed</p><a href="https://hollinworks.example">hollinworks.example</a><a
href="#">See more</a>
</section></main>
<footer class="site-footer"><div class="flex">${ksFoot
  .map(([h, l]) => `<div class="footer-column"><h3 class="type-14 bold">${h}</h3><ul>${links(l)}</ul></div>`)
  .join('')}</div><p class="footer-legal">Kickstarter, PBC © 2026</p><ul class="footer-legal-links">${links(ksLegal)}</ul></footer></body></html>`;
export const kickstarter: TestPage = {
  html: ksHtml,
  name: 'heldout39-kickstarter-campaign',
  kind: 'blog',
  // the creator's campaign text is the article: the blurb under the title is body (the project's dek), the story's h3s and
  // the "Risks and challenges" h2 the headings, their paragraphs and list items body, the risks text included (the
  // creator's own words, in the campaign); the campaign nav's "Risks and challenges" repeats a heading (in neither); the
  // creator is the byline ("by" in neither; the creator section's h2 repeats it); captions, badges, category, location,
  // funding stats, buttons, the all-or-nothing note, tabs, "Story", reward cards, the no-reward pledge box, the report and
  // accountability links, header and footer are furniture; the footer's "About" is a body word: left out
  title: ksTitle,
  headings: [ksH1, ksH2, ksH3, ksH4, ksH5],
  body: [ksBlurb, ...texts(ksWhy), ...ksRepair, ...ksBright, ...ksMoney, ksRisks],
  bylines: [ksCreator],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Discover', 'Start a project', 'Search', 'Log in', 'Project We Love', 'Product Design', 'Sheffield, UK', '£84,312', 'pledged of', '£30,000 goal',
    '1,204', 'backers', 'days to go', 'Back this project', 'Remind me',
    'All or nothing. This project will only be funded if it reaches its goal by Thu, April 2 2026 10:00 AM BST.', '2 created · 14 backed', ...ksTabs,
    'Story', ...ksCaps, 'Learn about accountability on Kickstarter', 'Questions about this project?', 'Check out the FAQ',
    'Report this project to our Trust & Safety team', 'Support', 'Make a pledge without a reward', 'Pledge amount', 'Continue',
    ...ksRewards.flatMap((r) => r.filter((t) => t !== '')), 'Estimated delivery', 'Sep 2026', 'Ships to', 'Anywhere in the world', 'Pledge £45', 'Pledge £85',
    'hollinworks.example', 'See more', ...ksFoot.flat(2).filter((t) => !['Support', 'About'].includes(t)), 'Kickstarter, PBC © 2026', ...ksLegal,
  ],
};
