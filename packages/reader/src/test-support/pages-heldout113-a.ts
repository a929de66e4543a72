import { links, ps, type TestPage, texts } from './page-kit.js';
import { nytPage } from './pages-heldout113-a2.js';

/**
 * Held-out batch 113, file a: a Guardian (DCR template) UK news story (skip links, the top bar with support and sign-in,
 * the pillar nav and sub-nav, the headline, standfirst, main image caption, the meta block with the contributor and date,
 * share and comment counts, inline ad slots, the inline newsletter sign-up with its skip link and "after newsletter
 * promotion", the reader-revenue epic, the topic tags, the "Most viewed" rail and the footer) and, from file a2, a New York
 * Times story.
 */
const gTitle = 'Ferry operator fined £2.4m after lifeboat davit failed during drill off Fishguard';
const gStand = 'Judge says Cambrian Sea Lines ignored three warnings from its own engineers before a crew member was hurt in the 2023 incident';
const gP = [
  'A ferry company has been fined £2.4m after a lifeboat fell nearly six metres into the sea during a safety drill off the Pembrokeshire ' +
    'coast, injuring a deckhand who was inside it.',
  'Cambrian Sea Lines, which runs freight and passenger crossings between Fishguard and Rosslare, admitted breaching health and safety ' +
    'law at Swansea crown court last month. On Tuesday, Judge Helen Morcombe said the company had been warned three times by its own ' +
    'engineers that the davit holding the lifeboat was corroded and needed replacing.',
  '“This was not a freak accident,” she said. “It was a failure that had been predicted, in writing, by the people whose job it was ' +
    'to predict it, and those warnings went unanswered for the best part of a year.”',
  'The court heard that the deckhand, Rhodri Pugh, then 24, was one of two crew members inside the lifeboat when a wire on the davit ' +
    'parted on 14 March 2023. The boat dropped into the water stern first. Pugh fractured his pelvis and two vertebrae and spent five ' +
    'weeks in hospital. He has not returned to work at sea.',
];
const gP2 = [
  'Investigators from the Maritime and Coastguard Agency found that an engineering report in April 2022 had recommended replacing the ' +
    'davit within three months. Two follow-up emails, in August and November that year, were forwarded to the company’s technical ' +
    'manager but no work was ordered.',
  'Prosecuting, Owen Tregaron said the cost of the replacement had been estimated at £38,000. “The company chose to defer that spend ' +
    'until the ship’s next dry dock,” he said. “That decision was made to save money, and a young man paid for it.”',
  'In mitigation, the company’s barrister said Cambrian Sea Lines had since replaced the davits on all four of its vessels, appointed ' +
    'a new head of marine safety and introduced a system in which overdue safety work is reported directly to the board.',
  'The company said in a statement after the hearing that it “deeply regrets” the incident and had apologised to Pugh and his family. ' +
    '“We have learned hard lessons and made significant changes,” it said.',
  'Pugh’s mother, Eirlys, who was in court, said the fine would not give her son back the career he had trained for. “He loved that ' +
    'job. He was the first one in our family to go to sea in three generations,” she said. “All we wanted was for someone to admit it ' +
    'should never have happened.”',
  'The RMT union said the case showed the need for tougher inspection of lifesaving equipment on ferries. Its regional organiser, ' +
    'Gareth Lloyd, said crew were “too often the last to hear” about defects on the vessels they worked on.',
  'The Maritime and Coastguard Agency said it would be writing to all ferry operators in Wales reminding them of their duty to act on ' +
    'inspection findings.',
];
const gCaption = 'The Stena-class ferry at Fishguard harbour, where Cambrian Sea Lines operates crossings to Rosslare.';
const gCredit = 'Photograph: Dafydd Owen/Alamy';
const gTop = ['Print subscriptions', 'Newsletters', 'Sign in', 'Search jobs', 'Search'];
const gPillars = ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle'];
const gSub = ['UK', 'World', 'Climate crisis', 'Ukraine', 'Environment', 'Science', 'Global development', 'Football', 'Tech', 'Business'];
const gNewsletter = [
  'Sign up to First Edition',
  'Our morning email breaks down the key stories of the day, telling you what’s happening and why it matters',
  'Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.',
];
const gEpic = [
  'I hope you appreciated this article. Before you move on, I wanted to ask whether you could support the Guardian’s journalism as ' + 'one of our readers.',
  'We have no shareholders and no billionaire owner. Our reporting is free from commercial and political influence.',
];
const gTags = ['Wales', 'Shipping industry', 'Health & safety', 'Courts', 'news'];
const gMost = [
  'Water company bosses to lose bonuses under new rules',
  'Storm Elin: amber warning as 80mph winds forecast for west coast',
  'Scientists find rare orchid thought extinct in Cumbria',
  'Rail fares to rise by 4.1% in March, ministers confirm',
];
const gFooter = [
  'About us',
  'Help',
  'Complaints & corrections',
  'SecureDrop',
  'Work for us',
  'Privacy policy',
  'Cookie policy',
  'Terms & conditions',
  'Contact us',
  'All topics',
  'All writers',
  'Digital newspaper archive',
  'Tax strategy',
  'Facebook',
  'YouTube',
  'Instagram',
  'LinkedIn',
  'Advertise with us',
  'Search UK jobs',
];
const gHtml = `<!DOCTYPE html>
<html lang="en" class="dcr-html">
<head>
<meta charset="utf-8"><title>${gTitle} | Wales | The Guardian</title>
<meta name="description" content="${gStand}">
<meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:author" content="https://www.theguardian.com/profile/sian-pritchard">
<meta property="article:section" content="UK news"><meta name="twitter:site" content="@guardian">
<link rel="canonical" href="https://www.theguardian.com/uk-news/2025/oct/07/ferry-operator-fined-lifeboat-davit-fishguard">
<script type="application/ld+json">[{"@type":"NewsArticle","headline":"${gTitle}","datePublished":"2025-10-07T15:12:40.000Z",
"author":[{"@type":"Person","name":"Siân Pritchard"}],"publisher":{"@type":"Organization","name":"The Guardian"}}]</script>
<script>window.guardian={config:{page:{contentType:"Article",section:"uk-news"}}};</script>
<script src="https://assets.guim.co.uk/assets/frameworks.2f4c.js" defer></script>
</head>
<body>
<a href="#maincontent" class="dcr-1gq9h2o">Skip to main content</a><a href="#navigation" class="dcr-1gq9h2o">Skip to navigation</a>
<div id="bannerandheader">
<aside class="ad-slot-container top-banner-ad-container"><div id="dfp-ad--top-above-nav" class="js-ad-slot ad-slot" aria-hidden="true"></div></aside>
<header data-component="nav3">
<div data-component="header-top-bar"><a href="https://support.theguardian.com" data-link-name="header : topbar : printsubs">${gTop[0]}</a>
<a href="/email-newsletters">${gTop[1]}</a><a href="https://profile.theguardian.com/signin">${gTop[2]}</a>
<a href="https://jobs.theguardian.com">${gTop[3]}</a><button>${gTop[4]}</button></div>
<div class="dcr-1jx0ie"><a href="/uk"><span class="dcr-1p0hins">The Guardian - Back to home</span></a>
<span class="dcr-qeh4rk">Support the Guardian</span><span>Fund independent journalism with £5 per month</span><a href="/support">Support us</a></div>
<nav id="navigation" aria-label="Guardian sections" data-component="nav3"><ul role="menubar">
${links(gPillars, 'dcr-1w1ni7b')}
</ul><button aria-label="Show more">Show more</button></nav>
<nav aria-label="Sub Guardian sections" data-component="sub-nav"><ul>
${links(gSub)}
</ul></nav>
</header></div>
<main data-layout="StandardLayout">
<article class="dcr-1mvyj1y"><div class="dcr-1ixcipm">
<div data-gu-name="title"><a href="/uk/wales" data-link-name="article section">Wales</a></div>
<div data-gu-name="headline"><h1 class="dcr-u0152o">${gTitle}</h1></div>
<div data-gu-name="standfirst"><div class="dcr-1yi1cnj"><p>${gStand}</p></div></div>
<div data-gu-name="media"><figure id="img-1" data-spacefinder-role="immersive"><picture><img src="https://i.guim.co.uk/img/media/a91/master/5000.jpg"
 alt="A ferry alongside the quay at Fishguard" width="620" height="372"></picture>
<figcaption data-spacefinder-type="model.dotcomrendering.pageElements.ImageBlockElement" class="dcr-rw7cbk">
<span class="dcr-1eryy3j"><svg width="18" height="13"></svg></span>${gCaption} ${gCredit}</figcaption></figure></div>
<div data-gu-name="meta"><div class="dcr-1ebx5f9"><address aria-label="Contributor info" data-component="meta-byline">
<div class="dcr-1cfpnlw"><a rel="author" href="/profile/sian-pritchard" data-link-name="auto tag link">Siân Pritchard</a>
Wales correspondent</div></address>
<details class="dcr-km9fgb" data-component="dateline"><summary><span class="dcr-u0h1qy">Tue 7 Oct 2025 16.12 BST</span></summary>
<span class="dcr-u0h1qy">Last modified on Tue 7 Oct 2025 18.40 BST</span></details>
<div class="dcr-1o0tk2i" data-gu-name="share"><button type="button" aria-label="Share">Share</button>
<a href="#comments" data-link-name="byline comment count"><span>Comments</span><span>214</span></a></div></div></div>
<div data-gu-name="body" id="maincontent" class="dcr-1mk84cp"><div class="article-body-commercial-selector article-body-viewer-selector dcr-fp3tx6">
${ps(gP, ' class="dcr-s3ycb2"')}
<aside class="ad-slot-container dcr-1yk9bz6"><div id="dfp-ad--inline1" class="js-ad-slot ad-slot ad-slot--inline" data-label-show="true"
 aria-hidden="true"></div></aside>
<a data-ignore="global-link-styling" href="#EmailSignup-skip-link-6" class="dcr-jzxpee">skip past newsletter promotion</a>
<div data-component="email-signup"><figure data-spacefinder-role="inline"><div class="dcr-1mb7jx0">
<p class="dcr-1xiyxv5">${gNewsletter[0]}</p><p class="dcr-ydo3sq">Free daily newsletter</p><p class="dcr-1dbk1w4">${gNewsletter[1]}</p>
<form><label for="email">Enter your email address</label><input type="email" id="email"><button type="submit">Sign up</button></form>
<p class="dcr-1rruf4g">${gNewsletter[2]} For more information see our <a href="/help/privacy-policy">Privacy Policy</a>.
We use Google reCaptcha to protect our website and the Google Privacy Policy and Terms of Service apply.</p></div></figure></div>
<div id="EmailSignup-skip-link-6" tabindex="0" aria-label="after newsletter promotion" role="note" class="dcr-jzxpee">after newsletter promotion</div>
${ps(gP2, ' class="dcr-s3ycb2"')}
<aside class="ad-slot-container dcr-1yk9bz6"><div id="dfp-ad--inline2" class="js-ad-slot ad-slot ad-slot--inline" aria-hidden="true"></div></aside>
</div>
<div id="slot-body-end"><div class="dcr-epic"><h2 class="dcr-1hy9d0q">Support the Guardian</h2>
${ps(gEpic, ' class="dcr-epic-p"')}
<a href="https://support.theguardian.com/contribute" class="dcr-epic-cta">Support the Guardian</a><span>Continue</span>
<span>Remind me in November</span></div></div>
<div data-gu-name="lines"><div class="dcr-1bnjd0x"><h2 class="dcr-1k0hmf8">Explore more on these topics</h2><ul class="dcr-topics">
${links(gTags, 'dcr-tag')}
</ul><div class="dcr-share-bottom"><button aria-label="Share">Share</button><a href="/help/reuse-this-content">Reuse this content</a></div></div></div>
</div></article>
<section id="comments" data-component="discussion"><h2>Comments (214)</h2><p>Sign in or create your Guardian account to join the discussion</p></section>
<section data-component="most-popular-right"><h2>Most viewed</h2><ol data-link-name="most viewed">
${links(gMost, 'dcr-most')}
</ol></section>
</main>
<footer data-link-name="footer" data-component="footer"><div class="dcr-footer"><ul>
${links(gFooter, 'dcr-fl')}
</ul><a href="#top">Back to top</a>
<small>© 2025 Guardian News & Media Limited or its affiliated companies. All rights reserved. (dcr)</small></div></footer>
<script>window.curlConfig={};</script>
</body>
</html>`;

const guardianPage: TestPage = {
  name: 'heldout113-guardian-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: [gStand, ...texts(gP), ...texts(gP2)],
  bylines: ['Siân Pritchard', 'Wales correspondent', 'Tue 7 Oct 2025 16.12 BST', 'Last modified on Tue 7 Oct 2025 18.40 BST'],
  furniture: [
    'Skip to main content',
    'Skip to navigation',
    ...gTop,
    'Support the Guardian',
    'Fund independent journalism with £5 per month',
    'Support us',
    ...gPillars,
    'Show more',
    ...gSub,
    gCaption,
    gCredit,
    'skip past newsletter promotion',
    ...gNewsletter,
    'Free daily newsletter',
    'Enter your email address',
    'Sign up',
    'after newsletter promotion',
    ...texts(gEpic),
    'Remind me in November',
    'Explore more on these topics',
    'Shipping industry',
    'Health & safety',
    'Courts',
    'Reuse this content',
    'Comments (214)',
    'Sign in or create your Guardian account to join the discussion',
    'Most viewed',
    ...gMost,
    ...gFooter.map((f) => f),
    'Back to top',
    '© 2025 Guardian News & Media Limited or its affiliated companies. All rights reserved.',
  ],
};

export const HELDOUT113_A: readonly TestPage[] = [guardianPage, nytPage];
