import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 124, file a2: a Washington Post story (the wpds header with "Sections", the logo and its tagline, "Sign in"
 * and "Subscribe", the kicker, headline and subheadline, the byline with author links and the display date, the share bar
 * with "Gift Article", "Listen", comments and "Save", the lead image with its caption and credit, the article body with two
 * subheads and "Advertisement" slots, an inline newsletter promo, the author bios with "Follow" buttons, "Most Read" and the
 * footer with its columns).
 */
const wpTitle = 'A county planted 40,000 street trees to fight heat. A third are already dead.';
const wpDek = 'Aldercrest County’s tree program was meant to cool its hottest neighborhoods. Drought, bad soil and thin budgets got in the way.';
const wpP1 = [
  'ALDERCREST, Md. — When the saplings went in along Beacon Road in the spring of 2022, county officials held a ribbon-cutting ' +
    'and promised that within a decade the street would be five degrees cooler on a summer afternoon.',
  'Three years later, the stretch looks like a row of broken umbrellas. Of the 212 red maples planted there, 79 are dead and ' +
    'another 30 are leafless at the top, according to a survey the county released last month.',
  'The losses on Beacon Road are not unusual. Across Aldercrest County, roughly a third of the 40,000 trees planted under the ' +
    'Cool Streets program since 2021 have died, the survey found, a rate nearly twice what the county assumed when it budgeted ' +
    'the $31 million effort.',
  '“We did the hard part, which was getting trees in the ground,” said Maribel Ostrander, the county’s urban forestry manager. ' +
    '“We did not do enough of the boring part, which is keeping them alive.”',
];
const wpH1 = 'Why the trees died';
const wpP2 = [
  'Most of the deaths happened in the first two summers, when young trees need the most water. The program’s contract paid ' +
    'crews to water each tree 12 times a year. Foresters hired by the county later concluded that trees in the sunniest ' +
    'corridors needed closer to 30.',
  'Soil was the other problem. Many of the planting pits on commercial roads were cut into compacted fill left over from ' +
    'decades of road work, with little room for roots to spread. In those pits, the survey found, more than half the trees had died.',
  'The summer of 2024 made everything worse. The county recorded 41 days above 90 degrees, and a drought warning limited ' +
    'how much water crews could draw from hydrants.',
  'Residents noticed. On Beacon Road, Curtis Fenwright began hauling buckets from his kitchen to the two maples in front of ' +
    'his barbershop. Both survived. “Everybody on this block watched their tree die,” he said. “I was not going to let that ' +
    'happen to mine.”',
];
const wpH2 = 'What comes next';
const wpP3 = [
  'The county council is weighing a plan to replace the dead trees over the next two years, at a cost of about $6 million, ' +
    'and to change how the program works. The proposal would:',
];
const wpList = [
  'Extend watering contracts from two years to three, with more visits in July and August.',
  'Replace red maples on the hottest roads with more drought-tolerant species such as swamp white oak and hackberry.',
  'Pay for larger planting pits, with structural soil, on commercial corridors.',
  'Give residents free watering bags and a phone number to report thirsty trees.',
];
const wpP4 = [
  'Council member Delia Harcourt, who chairs the environment committee, said she supports the changes but wants the county ' +
    'to publish a yearly count of living trees. “The ribbon-cutting is not the measure,” she said. “Shade in 2035 is the measure.”',
  'Researchers who study urban heat say the county is hardly alone. Cities that planted quickly to meet tree-count goals often ' +
    'saw heavy losses in the first years, said Oren Batiste, a forest ecologist who has surveyed plantings in several mid-Atlantic ' +
    'counties. The ones that succeeded, he said, treated watering as part of the planting, not as an afterthought.',
  'A vote on the replacement plan is expected in December.',
];
const wpCaption = 'Dead and dying red maples along Beacon Road in Aldercrest, Md., on Oct. 28. (Lenora Quist/The Washington Post)';
const wpNav = ['Politics', 'Opinions', 'Style', 'Investigations', 'Climate', 'Well+Being', 'Business', 'Tech', 'World', 'D.C., Md. & Va.', 'Sports'];
const wpNews = [
  'The Climate Coach',
  'Practical tips for living in a warming world, every Tuesday.',
  'Sign up',
  'By signing up you agree to our Terms of Use and Privacy Policy',
];
const wpBios = [
  'Priya Castellanos covers climate and the environment in the Washington region. She joined The Post in 2019.',
  'Nate Oduya is a data reporter on the Climate team who covers heat, air quality and urban planning.',
];
const wpMost = [
  'A hidden stream under a D.C. parking lot could be brought back to daylight',
  'Why the first frost is arriving later every year',
  'The ‘forever chemicals’ in your rain jacket, explained',
  'Virginia’s oyster comeback is real, but fragile',
  'Maryland will pay farmers to keep fields wet. Here’s why.',
];
const wpFoot = [
  'About The Post',
  'Newsroom Policies & Standards',
  'Careers',
  'Accessibility Statement',
  'Sitemap',
  'Become a Subscriber',
  'Gift Subscriptions',
  'Mobile & Apps',
  'Newsletters & Alerts',
  'Reprints & Permissions',
  'Contact the Newsroom',
  'Contact Customer Care',
  'Request a Correction',
  'Send a News Tip',
  'Terms of Use',
  'Privacy Policy',
  'Cookie Settings',
  'Ad Choices',
];
const wpFootHeads = ['Company', 'Get The Post', 'Contact Us', 'Terms of Use'];
const wpAd = (n: number): string => `<div class="hide-for-print wpds-c-PJLV" data-qa="article-body-ad"><div class="dib w-100 mb-md"
data-qa="ad-label"><span class="wpds-c-kxkNQn font-xxxxs gray-dark">Advertisement</span></div><div id="slug_inline_${n}" class="pb-xs"
data-ad-type="inline" style="min-height:250px"><div class="wpads-inline" id="wpni_adi_inline_${n}"></div></div></div>`;
const wpPara = (a: readonly string[]): string => ps(a, ' class="wpds-c-hkXjEd wpds-c-hkXjEd-fwAvna-lineHeight-md" data-el="text" dir="null"');
const wpHead = (t: string): string => `<h3 class="wpds-c-fNeqlW wpds-c-fNeqlW-iPJLV-css" data-el="text" dir="null">${t}</h3>`;
const wpBtn = (
  label: string,
  text: string,
): string => `<button data-qa="share-button" aria-label="${label}" class="wpds-c-kSOqLF wpds-c-kSOqLF-hDKJFr-variant-cta">
<span class="wpds-c-fbAaxT">${text}</span></button>`;
const wpHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>A county planted 40,000 street trees to fight heat. A third are already dead. - The Washington Post</title>
<meta name="description" content="${wpDek}"><meta property="og:title" content="${wpTitle}"><meta property="og:type" content="article">
<meta property="article:section" content="Climate &amp; Environment"><meta name="eip" content="arc-2025-11-04-street-trees">
<link rel="canonical" href="https://www.washingtonpost.com/climate-environment/2025/11/04/aldercrest-street-trees-heat/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${wpTitle}","description":"${wpDek}",
"datePublished":"2025-11-04T11:00:00.000Z","dateModified":"2025-11-04T15:22:10.000Z","isAccessibleForFree":false,
"author":[{"@type":"Person","name":"Priya Castellanos"},{"@type":"Person","name":"Nate Oduya"}],
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".meteredContent"}}</script>
<link rel="stylesheet" href="https://www.washingtonpost.example/wp-apps/_next/static/css/9d1b3f0b.css">
<script src="https://www.washingtonpost.example/wp-apps/_next/static/chunks/main-4a0e.js" defer></script></head>
<body><div id="__next"><a class="wpds-c-bKJgLs" href="#main-content">Skip to main content</a>
<header class="wpds-c-ihdHFk" data-qa="site-header"><div class="wpds-c-cPNgJI"><button data-qa="sc-section-menu-button" class="wpds-c-kSOqLF"
aria-label="Sections Menu"><span>Sections</span></button><button class="wpds-c-kSOqLF" aria-label="Search" data-qa="sc-search-button">
<span class="wpds-c-bTPbEl">Search</span></button></div><a href="https://www.washingtonpost.com/" data-qa="sc-masthead-logo"
aria-label="The Washington Post homepage">
<span class="wpds-c-PJLV">The Washington Post</span></a><div data-qa="sc-tagline" class="wpds-c-gFPVNe">Democracy Dies in Darkness</div>
<div class="wpds-c-jVLUZq"><a data-qa="sc-subscribe-button" class="wpds-c-kSOqLF" href="https://subscribe.washingtonpost.com/">Subscribe</a>
<a data-qa="sc-account-button" class="wpds-c-kSOqLF" href="https://www.washingtonpost.com/subscribe/signin/">Sign in</a></div></header>
<nav data-qa="sc-section-menu" aria-label="Sections" class="wpds-c-jMxXxO hidden"><ul>${links(wpNav, 'wpds-c-ihbGmo')}</ul></nav>
<main class="wpds-c-fzEBKe"><div class="grid-layout"><div data-qa="headline-kicker" class="wpds-c-bQdVbf"><a
href="https://www.washingtonpost.com/climate-environment/"
class="wpds-c-hNLXuF">Climate &amp; Environment</a></div>
<h1 data-qa="headline" id="main-content" class="wpds-c-gnLePN"><span data-qa="headline-text">${wpTitle}</span></h1>
<h2 data-qa="subheadline" class="wpds-c-bzRPEr">${wpDek}</h2>
<div data-qa="article-share-bar" class="wpds-c-cFGkDq">${wpBtn('Gift Article', 'Gift Article')}${wpBtn('Share', 'Share')}
<button data-qa="comments-btn" class="wpds-c-kSOqLF" aria-label="Comments"><span class="wpds-c-fbAaxT">Comment</span><span
data-qa="comment-count">318</span></button>
<button data-qa="audio-btn" class="wpds-c-kSOqLF"><span>Listen</span><span class="wpds-c-cbCwIp">6 min</span></button>${wpBtn('Save', 'Save')}</div>
<figure class="wpds-c-bZXwgT" data-qa="lede-art-image"><div class="wpds-c-fGHEql"><img alt="A row of leafless young maple trees along a road"
src="https://www.washingtonpost.example/wp-apps/imrs.php?src=https://arc-anglerfish.example/2KQX7B.jpg&amp;w=1440" width="1440" height="960"></div>
<figcaption data-qa="caption" class="wpds-c-iAzpYr">${wpCaption}</figcaption></figure>
<div data-qa="attribution" class="wpds-c-cYdRxM"><div data-qa="author-byline" class="wpds-c-bPjkFd"><span>By </span>
<a data-qa="author-name" rel="author" href="https://www.washingtonpost.com/people/priya-castellanos/">Priya Castellanos</a><span> and </span>
<a data-qa="author-name" rel="author" href="https://www.washingtonpost.com/people/nate-oduya/">Nate Oduya</a></div>
<div data-qa="timestamp" class="wpds-c-iKQyrV"><span data-testid="display-date">November 4, 2025 at 6:00 a.m. EST</span></div></div>
<div class="meteredContent grid-center"><div class="article-body grid-center grid-body" data-qa="article-body">
${wpPara(wpP1.slice(0, 2))}
${wpAd(1)}
${wpPara(wpP1.slice(2))}
${wpHead(wpH1)}
${wpPara(wpP2.slice(0, 2))}
<div class="wpds-c-dlHmLO hide-for-print" data-qa="newsletter-interstitial"><div class="wpds-c-eHNKdg"><span class="wpds-c-jlsbAy">${wpNews[0]}</span>
<p class="wpds-c-eFFDXt">${wpNews[1]}</p><button class="wpds-c-kSOqLF" data-qa="newsletter-sign-up">${wpNews[2]}</button>
<p class="wpds-c-fNUDrK font-xxxxs">${wpNews[3]}</p></div></div>
${wpPara(wpP2.slice(2))}
${wpAd(2)}
${wpHead(wpH2)}
${wpPara(wpP3)}
<ul class="wpds-c-iHnPVM" data-el="list">${wpList.map((t) => `<li class="wpds-c-cMPjXd">${t}</li>`).join('\n')}</ul>
${wpPara(wpP4)}
</div></div>
<div data-qa="article-bottom" class="wpds-c-bLZJbK"><div data-qa="author-bios" class="wpds-c-gyZRGp">
${wpBios
  .map(
    (b, i) => `<div data-qa="author-bio" class="wpds-c-hWxNUt"><img alt="" src="https://www.washingtonpost.example/wp-apps/imrs.php?src=author-${i}.png"
width="60" height="60"><p class="wpds-c-hdrKLT">${b}</p><button class="wpds-c-kSOqLF" data-qa="author-follow">Follow</button></div>`,
  )
  .join('\n')}</div>
<div data-qa="comments-bottom" class="wpds-c-fwxHVd"><button class="wpds-c-kSOqLF"><span>View 318 Comments</span></button></div></div>
<aside data-qa="most-read" class="wpds-c-fyJQKW"><h2 class="wpds-c-dJDeRm">Most Read Climate &amp; Environment</h2><ol>
${wpMost
  .map(
    (t, i) => `<li class="wpds-c-jnHOEb"><span class="wpds-c-kvHqUs">${i + 1}</span><a href="https://www.washingtonpost.com/climate-environment/2025/11/0${i}/">
<span class="wpds-c-fqIQmV">${t}</span></a></li>`,
  )
  .join('\n')}</ol></aside></div></main>
<footer data-qa="sc-footer" class="wpds-c-jSXnUc"><div class="wpds-c-ePXmRQ">${wpFootHeads.map((h) => `<h3 class="wpds-c-kemHVL">${h}</h3>`).join('')}
<ul class="wpds-c-cOdgam">${links(wpFoot, 'wpds-c-gXeOAY')}</ul></div><div
class="wpds-c-cFpOsK">washingtonpost.com © 1996-2025 The Washington Post</div></footer>
</div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"globalContent":{"type":"story","_id":"KQX7B"}}},"page":"/article"}</script>
</body></html>`;
export const wapoStory: TestPage = {
  name: 'heldout124-washingtonpost-news',
  kind: 'news',
  html: wpHtml,
  // the subheadline (dek) is body; the kicker, share bar, caption, ad labels, newsletter interstitial, author bios and rails are
  // furniture; the dateline "ALDERCREST, Md. —" is running text of the first paragraph (body)
  title: wpTitle,
  headings: [wpH1, wpH2],
  body: texts([wpDek, ...wpP1, ...wpP2, ...wpP3, ...wpList, ...wpP4]),
  bylines: ['By Priya Castellanos and Nate Oduya', 'November 4, 2025 at 6:00 a.m. EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Sections', 'Search', 'The Washington Post', 'Democracy Dies in Darkness', 'Subscribe', 'Sign in', ...wpNav,
    'Climate & Environment', 'Gift Article', 'Share', 'Comment', '318', 'Listen', '6 min', 'Save', wpCaption, 'Advertisement', ...wpNews,
    ...wpBios, 'Follow', 'View 318 Comments', 'Most Read Climate & Environment', ...wpMost, ...wpFootHeads, ...wpFoot,
    'washingtonpost.com © 1996-2025 The Washington Post',
  ])],
};
