import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout361-kit.js';

/** Held-out batch 361, file a2: the news story in the Guardian's DCR markup (see file a). */
const nTitle = 'Graduate visa holders to lose right to switch employer without new sponsor check';
const nStand = j(
  'Ministers say the change will close a loophole used by recruitment agencies, but universities warn it will deter',
  'international students from staying on after their degrees',
);
const nBody1 = [
  j(
    'Graduates who stay on in Calderra on a post-study work visa will have to pass a fresh sponsor check every time they change',
    'employer from July, under rules laid before parliament on Tuesday.',
  ),
  j(
    'The immigration minister, Rosalind Ferrant, said the change would stop a small number of agencies from placing graduates in',
    'jobs that paid far below the advertised rate. “The graduate route was designed to keep talent here, not to supply cheap',
    'labour to firms that would never pass an inspection,” she said.',
  ),
  j(
    'About 61,000 people hold the two-year graduate visa, according to interior ministry figures published in January. Until now they',
    'have been free to work for any employer, change jobs without notice and work for themselves.',
  ),
];
const nH1 = 'What changes in July';
const nBody2 = [
  j(
    'Under the new rules, a graduate visa holder who takes a job with a new employer will need that employer to register the role',
    'on the sponsor portal within 10 working days. The employer will not need a full sponsor licence, but it will have to confirm',
    'the salary, the hours and the place of work.',
  ),
  j(
    'Self-employment will still be allowed, but graduates who work for themselves will have to file a short annual return showing',
    'their income. Those who fail to register a new job could have their permission cut short to 60 days.',
  ),
];
const nH2 = 'Universities alarmed';
const nBody3 = [
  j(
    'The Association of Calderran Universities said the rules would add paperwork at exactly the moment graduates were trying to',
    'find their feet. Its chief executive, Tomasz Ibekwe, said: “A graduate who moves from a bar job to their first professional',
    'role in August should not be treated as a compliance risk.”',
  ),
  j(
    'Applications from overseas students fell by 9% last year, and several universities have warned that further restrictions on',
    'post-study work could push them into deficit.',
  ),
  j(
    'Immigration lawyers said the change was narrower than some had feared. Noor Halloran, a partner at a firm in Port Verity, said',
    'most employers would be able to register a role in an afternoon. “The risk is for small businesses that have never dealt with',
    'the Home Department before and do not know the portal exists,” she said.',
  ),
  j(
    'The rules will be debated by the home affairs committee next month. If approved, they will apply to anyone who changes job',
    'on or after 1 July, including people who already hold a graduate visa.',
  ),
];
const nPillars = ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle'];
const nSub = ['World', 'Domestic', 'Climate crisis', 'Business', 'Environment', 'Science', 'Global development'];
const nMost = [
  'Harbour tunnel to close for three weekends as repairs overrun',
  'Rail fares to rise by 4.1% in March, operators confirm',
  'The orchard town that doubled its population in a decade',
  'Ferry strike called off after late-night pay deal',
];
const nMore = ['Skilled worker salary threshold to rise for second year running', 'How the points system works, and who it leaves out'];
const nFoot = ['About us', 'Help', 'Complaints & corrections', 'Contact us', 'Tip us off', 'Privacy policy', 'Cookie policy', 'Terms & conditions'];
const dcr = (n: number): string => `dcr-${(n * 7919).toString(36)}`;
const nHtml = `<!doctype html><html lang="en"><head><title>${nTitle} | Immigration and asylum | The Calderra Ledger</title>
<meta charset="utf-8"><meta name="description" content="${nStand}"><meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta property="og:type" content="article"><meta property="og:title" content="${nTitle}"><meta property="article:author"
content="https://ledger.example/profile/priya">
<meta property="article:published_time" content="2026-03-03T17:45:12.000Z"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://ledger.example/uk-news/2026/mar/03/graduate-visa-employer-sponsor-check">
<script type="application/ld+json">[{"@type":"NewsArticle","@context":"https://schema.org","headline":"${nTitle}","datePublished":"2026-03-03T17:45:12.000Z",
"author":[{"@type":"Person","name":"Priya Castellane"}],"publisher":{"@type":"Organization","name":"The Calderra Ledger"}}]</script>
<script>window.guardian={config:{page:{contentType:"Article",section:"uk-news",isPaidContent:false,shouldHideAdverts:false}}};</script>
<style class="webfont">@font-face{font-family:GH Guardian Headline;src:url(/fonts/headline.woff2)}</style></head>
<body><div id="bannerandheader"><div data-component="nav4" class="${dcr(1)}"><header data-component="header" class="${dcr(2)}">
<a href="#maincontent" class="${dcr(3)}">Skip to main content</a><a href="#navigation" class="${dcr(3)}">Skip to navigation</a>
<div class="${dcr(4)}"><a href="/contribute" class="${dcr(5)}">Support us</a><a href="/signin" class="${dcr(5)}">Sign in</a></div>
<nav data-component="nav3" id="navigation" aria-label="Ledger sections"><ul class="${dcr(6)}" role="menubar" data-testid="pillar-list">
${links(nPillars, dcr(7))}</ul></nav></header>
<div data-print-layout="hide" class="${dcr(8)}"><ul class="${dcr(9)}" data-testid="sub-nav">${links(nSub, dcr(10))}</ul></div></div></div>
<div class="ad-slot-container ${dcr(11)}"><div id="dfp-ad--top-above-nav" class="js-ad-slot ad-slot ad-slot--top-above-nav" data-label="true"
aria-hidden="true"><div class="ad-slot__label">Advertisement</div></div></div>
<main data-layout="StandardLayout"><article class="${dcr(12)}"><div class="${dcr(13)}">
<div data-gu-name="title" class="${dcr(14)}"><div class="${dcr(15)}"><a href="/uk/immigration" class="${dcr(16)}"><span>Immigration and
asylum</span></a></div></div>
<div data-gu-name="headline" class="${dcr(17)}"><div class="${dcr(18)}"><h1 class="${dcr(19)}">${nTitle}</h1></div></div>
<div data-gu-name="standfirst" class="${dcr(20)}"><div data-testid="standfirst" class="${dcr(21)}"><p>${nStand}</p></div></div>
<div data-gu-name="media" class="${dcr(22)}"><figure id="fig-main" class="${dcr(23)}"><div class="${dcr(24)}"><picture><img
src="https://i.ledger.example/img/media/3f2a/master/2000.jpg?width=700" alt="Graduates in gowns outside a university hall" width="700" height="420"
loading="eager"></picture></div><figcaption data-spacefinder-role="inline" class="${dcr(25)}"><span class="${dcr(26)}">Graduates at a ceremony
in Port Verity last summer. About 61,000 people hold the visa.</span> Photograph: Idris Monteleone/Ledger</figcaption></figure></div>
<div data-gu-name="meta" class="${dcr(27)}"><div class="${dcr(28)}"><address aria-label="Contributor info" data-component="meta-byline"><div
class="${dcr(29)}"><a rel="author" href="/profile/priya" class="${dcr(30)}">Priya Castellane</a></div>
<span class="${dcr(31)}">Home affairs correspondent</span></address><details class="${dcr(32)}" data-gu-name="dateline"><summary><span
class="${dcr(33)}">Tue 3 Mar 2026 17.45 GMT</span></summary></details>
<div class="${dcr(34)}" data-testid="share-button"><button type="button" class="${dcr(35)}">Share</button></div>
<a href="#comments" class="${dcr(36)}" data-testid="comment-counts">212 comments</a></div></div>
<div data-gu-name="body" class="${dcr(37)}"><div id="maincontent" class="article-body-commercial-selector article-body-viewer-selector ${dcr(38)}">
${ps(nBody1, ` class="${dcr(39)}"`)}
<aside data-spacefinder-role="supporting" class="${dcr(40)}"><div data-component="rich-link" class="${dcr(41)}"><a href="/uk/2026/feb/skilled-worker"
class="${dcr(42)}" aria-label="${nMore[0]}"><div class="${dcr(43)}"><span class="${dcr(44)}">Related: </span>${nMore[0]}</div></a></div></aside>
<h2 id="what-changes" class="${dcr(45)}">${nH1}</h2>
${ps(nBody2, ` class="${dcr(39)}"`)}
<h2 id="universities" class="${dcr(45)}">${nH2}</h2>
${ps(nBody3, ` class="${dcr(39)}"`)}
</div><div data-print-layout="hide" class="${dcr(46)}"><ul class="${dcr(47)}" data-testid="keyword-list">${links([
  'Immigration and asylum',
  'Higher education',
  'Student visas',
])}</ul></div></div>
<div id="slot-body-end" data-gu-name="epic"><div class="${dcr(48)}"><h2 class="${dcr(49)}">Before you go …</h2><p class="${dcr(50)}">News is under threat just
when we need it the most. Readers in 180 countries now support our journalism. Will you join them?</p>
<a href="/contribute" class="${dcr(51)}">Support the Ledger</a><div class="${dcr(52)}">Remind me in May</div></div></div>
</div></article>
<section data-component="more-on-this-story" class="${dcr(53)}"><h2 class="${dcr(54)}">More on this story</h2><ul>${links(nMore)}</ul></section>
<section data-component="most-popular" class="${dcr(55)}"><h2 class="${dcr(56)}">Most viewed</h2><ol data-link-name="most-viewed">${links(nMost)}</ol></section>
</main>
<footer data-component="footer" class="${dcr(57)}"><ul class="${dcr(58)}">${links(nFoot)}</ul>
<div class="${dcr(59)}">© 2026 The Calderra Ledger Media Group. All rights reserved.</div></footer>
<div id="sp_message_container_1021456" class="sp_message_container"><div class="message-component">It’s your choice: we use cookies and similar
technologies to give you the best experience and to show personalised ads.</div><button title="Yes, I’m happy">Yes, I’m happy</button>
<button title="Manage or reject cookies">Manage or reject cookies</button></div>
<script type="module" src="https://assets.ledger.example/index.client.web.js"></script></body></html>`;
export const ledger: TestPage = {
  name: 'heldout361-guardian-dcr-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [nH1, nH2],
  body: texts([nStand, ...nBody1, ...nBody2, ...nBody3]),
  bylines: ['Priya Castellane', 'Home affairs correspondent', 'Tue 3 Mar 2026 17.45 GMT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to navigation', 'Support us', 'Sign in', ...nPillars, ...nSub, 'Advertisement', 'Immigration and asylum',
    'Graduates at a ceremony in Port Verity last summer. About 61,000 people hold the visa.', 'Photograph: Idris Monteleone/Ledger', 'Share', '212 comments',
    'Related:', 'Higher education', 'Student visas', 'Before you go …',
    'News is under threat just when we need it the most. Readers in 180 countries now support our journalism. Will you join them?', 'Support the Ledger',
    'Remind me in May', 'More on this story', ...nMore, 'Most viewed', ...nMost, ...nFoot, '© 2026 The Calderra Ledger Media Group. All rights reserved.',
    'It’s your choice: we use cookies and similar technologies to give you the best experience and to show personalised ads.', 'Yes, I’m happy',
    'Manage or reject cookies',
  ],
};
