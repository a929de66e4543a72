import { links, type TestPage, texts } from './page-kit.js';
import { economistArticle } from './pages-heldout32-a2.js';

/**
 * Held-out batch 32, file a: a Washington Post news story on the Arc XP / Next.js template (skip link, sections button and
 * "Democracy Dies in Darkness" masthead, kicker, headline and subheadline, the audio "Listen" button with its length, the
 * share bar with "Gift Article", share, comment count and save, the lead photo caption, the byline with a "Follow" button,
 * the display date, "Read more" interstitial links and an inline newsletter box inside the body, a hidden gift dialog and
 * paywall promo, the author bio, the comments button, the "Most Read" rail, the footer and JSON-LD).
 */
const wpTitle = 'Maryland’s oyster reefs are rebounding faster than anyone predicted';
const wpDek =
  'A decade after the state stopped harvesting on three tributaries, divers are counting more oysters than the restoration plan called for by 2035.';
const wpBody = [
  'CAMBRIDGE, Md. — When Lena Marchetti first dropped into the Little Choptank River in 2015, the reef she had been sent to survey was ' +
    'mostly gray shell and silt. Last fall, diving the same spot, she had to move slowly so she would not cut her gloves on the live oysters.',
  '“It looked like a different river,” said Marchetti, a field biologist with the Maryland Department of Natural Resources. “We ' +
    'kept checking the GPS to make sure we were in the right place.”',
  'A survey released Tuesday by the department found an average of 94 oysters per square meter on the restored reefs of the ' +
    'Little Choptank, Harris Creek and the Tred Avon River, more than double the density the state set as its target for the middle ' +
    'of the next decade. The reefs cover about 1,400 acres combined, and the number of young oysters settling on them rose for the ' +
    'fourth year in a row.',
  'Scientists say a run of dry springs helped. Less rain meant saltier water in the tributaries, and oyster larvae survive better ' +
    'when salinity is higher. But researchers who have followed the project say the bigger reason is that the reefs were left alone.',
  'Maryland closed the three rivers to commercial harvest in 2014 and rebuilt the bottom with granite and old shell, then planted ' +
    'billions of hatchery-raised spat. Watermen fought the closures for years, arguing that the sanctuaries took away some of the ' +
    'most productive ground in the bay and that the money would be better spent on reefs open to harvest.',
  'Some of them now say the sanctuaries are helping. Tommy Dize, who has worked the Choptank for 41 years, said his catch on the ' +
    'open bars just outside the sanctuary boundaries has been the best he can remember. “The spat doesn’t know where the line is,” ' +
    'he said. “It drifts out to us.”',
  'Others remain skeptical. The Delmarva Watermen’s Council said in a statement that the survey covers only a small part of the ' +
    'bay and that disease could still wipe out the gains in a single wet, warm year, as it did in the early 2000s.',
  'Ryan Oduya, an ecologist at the University of Maryland Center for Environmental Science who was not involved in the survey, ' +
    'said the density numbers were “striking” but agreed that one good stretch does not make a recovery. The state plans to ' +
    'finish two more sanctuary tributaries by 2027 and will decide next year whether to reopen any part of Harris Creek to harvest.',
  '“A reef is a forty-year project,” Oduya said. “We are about ten years in.”',
];
const wpReadMore = 'Read more: The Chesapeake’s blue crab count fell again. Scientists are split on why.';
const wpNav = ['Politics', 'Opinions', 'Style', 'Investigations', 'Climate', 'Well+Being', 'Business', 'Tech', 'World', 'D.C., Md. & Va.', 'Sports'];
const wpMostRead = [
  'Meteor shower peaks this weekend. Here’s when and where to look.',
  'A record number of Americans moved to small towns last year',
  'The best winter hikes within two hours of D.C.',
  'Metro to close six Red Line stations for three weeks in spring',
];
const wpFootCompany = ['About The Post', 'Newsroom Policies & Standards', 'Diversity & Inclusion', 'Careers', 'Media & Community Relations'];
const wpFootGet = ['Become a Subscriber', 'Gift Subscriptions', 'Mobile & Apps', 'Newsletters & Alerts', 'Washington Post Live', 'Reprints & Permissions'];
const wpFootTerms = ['Terms of Service', 'Privacy Policy', 'Cookie Settings', 'Print Products Terms of Sale', 'Digital Products Terms of Sale'];
const wpP = (t: string, i: number): string =>
  `<p class="wpds-c-cYdRxM wpds-c-cYdRxM-iPJLV-css overrideStyles" data-el="text" dir="null" data-apitype="text"` +
  `${i === 0 ? ' data-testid="drop-cap-letter"' : ''}>${t}</p>`;
const wpHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width,initial-scale=1"/><title>${wpTitle} - The Washington Post</title>
<link rel="canonical" href="https://www.washingtonpost.com/climate-environment/2026/01/13/maryland-oyster-reefs-sanctuary-survey/"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${wpTitle}",
"author":[{"@type":"Person","name":"Karen Whitlock","url":"https://www.washingtonpost.com/people/karen-whitlock/"}],
"datePublished":"2026-01-13T11:00:05.118Z","isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,
"cssSelector":".meteredContent"},"publisher":{"@type":"Organization","name":"The Washington Post"}}</script>
<style>.wpds-c-cYdRxM{font-family:var(--wpds-fonts-body);font-size:1.25rem;line-height:1.6}.hide-for-print{}</style>
<script>window.wpPageData={"section":"climate-environment","contentType":"article","arcId":"5KQ7GDR2XZB4HNPLJ3W6TQ4E2M"};</script></head>
<body><div id="__next"><a href="#main-content" class="wpds-c-fhOXpF skip-link">Skip to main content</a>
<header data-qa="site-header" class="wpds-c-dqNIsM"><button data-qa="sc-section-menu" aria-label="Sections Menu">Sections</button>
<a href="https://www.washingtonpost.com" aria-label="The Washington Post homepage"><svg role="img"><title>The Washington Post</title></svg></a>
<span class="wpds-c-gVNXEo">Democracy Dies in Darkness</span>
<a data-qa="sc-subscribe-button" href="/subscribe/">Subscribe</a><a data-qa="sc-account-button" href="/signin/">Sign in</a>
<nav aria-label="sections" class="wpds-c-hzAdtT" hidden><ul>${links(wpNav, 'wpds-c-jvOnvZ')}</ul></nav></header>
<main id="main-content"><article class="grid-layout">
<div data-qa="headline-kicker" class="wpds-c-jtCwHI"><a href="/climate-environment/">Climate &amp; Environment</a></div>
<h1 data-qa="headline" class="wpds-c-iiQaMf"><span data-qa="headline-text">${wpTitle}</span></h1>
<h2 data-qa="subheadline" class="wpds-c-kZYqUh">${wpDek}</h2>
<div data-qa="article-top-bar" class="hide-for-print"><button data-qa="audio-button" aria-label="Listen to article">
<svg aria-hidden="true"></svg><span>Listen</span><span class="wpds-c-fBqtJf">5 min</span></button>
<div data-qa="share-bar" class="wpds-c-cNdzuP"><button data-qa="share-button-gift" aria-label="Gift Article"><span>Gift Article</span></button>
<button data-qa="share-button-desktop" aria-label="Share">Share</button>
<button data-qa="comment-count-button" aria-label="Comments"><span>Comment</span><span class="wpds-c-dzCDqA">188</span></button>
<button data-qa="save-button" aria-label="Save">Save</button></div></div>
<figure data-qa="lead-art" class="wpds-c-hPzbnJ"><img src="https://www.washingtonpost.com/wp-apps/imrs.php?src=oyster.jpg&amp;w=1440" alt=""
loading="eager"/><figcaption data-qa="caption" class="wpds-c-kPVyNa">Lena Marchetti, a field biologist with the Maryland Department of
Natural Resources, holds a cluster of live oysters from Harris Creek in October. (Ricky Calloway/The Washington Post)</figcaption></figure>
<div data-qa="attribution-container" class="wpds-c-bVBmHU"><div data-qa="author-byline" class="wpds-c-hfxwnB">By
<a data-qa="author-name" rel="author" href="https://www.washingtonpost.com/people/karen-whitlock/">Karen Whitlock</a>
<button data-qa="follow-button" class="wpds-c-dWNmvD">Follow</button></div>
<div data-qa="timestamp" class="wpds-c-iKQyrV"><span data-testid="display-date">January 13, 2026 at 6:00 a.m. EST</span></div></div>
<div class="article-body grid-center"><div class="meteredContent grid-center">
${wpBody.slice(0, 3).map(wpP).join('\n')}
<div class="wpds-c-PJLV hide-for-print" data-qa="interstitial-link"><b>Read more:</b> <a href="/climate-environment/2025/11/02/chesapeake-blue-crab-count/">The
Chesapeake’s blue crab count fell again. Scientists are split on why.</a></div>
${wpBody
  .slice(3, 6)
  .map((t, i) => wpP(t, i + 3))
  .join('\n')}
<div data-qa="article-newsletter-signup" class="wpds-c-lkUpXv hide-for-print"><p class="wpds-c-bPQHUu">The Climate Coach newsletter</p>
<p class="wpds-c-gTFzCW">Practical advice for living with a changing climate, in your inbox every Tuesday.</p>
<button data-qa="newsletter-signup-button">Sign up</button></div>
${wpBody
  .slice(6)
  .map((t, i) => wpP(t, i + 6))
  .join('\n')}
</div><div data-qa="author-bio-container" class="wpds-c-ktlVyS"><p data-qa="author-bio">Karen Whitlock covers the Chesapeake Bay, fisheries and
coastal communities for The Washington Post. She joined The Post in 2019.</p></div>
<div data-qa="comments-btn-wrapper"><button data-qa="comments-btn">View 188 comments</button></div></div>
<div role="dialog" aria-hidden="true" data-qa="gift-modal" style="display:none"><h2>Gift this article</h2>
<p>Share subscriber-only stories with anyone, even if they don’t subscribe. You have 10 gift articles left this month.</p>
<button>Copy gift link</button></div>
<div data-qa="paywall-promo" hidden><p>You’re reading a subscriber-only story.</p><a href="/subscribe/">Get one year for $40</a></div>
</article><aside data-qa="most-read" class="wpds-c-eRGKTZ"><h2>Most Read Climate &amp; Environment</h2>
<ol>${wpMostRead.map((t, i) => `<li><span aria-hidden="true">${i + 1}</span><a href="/most-read/${i}">${t}</a></li>`).join('')}</ol></aside></main>
<footer data-qa="footer" class="wpds-c-hWlTKp"><div><h3>Company</h3><ul>${links(wpFootCompany)}</ul></div>
<div><h3>Get The Post</h3><ul>${links(wpFootGet)}</ul></div><div><h3>Terms of Use</h3><ul>${links(wpFootTerms)}</ul></div>
<p>© 1996-2026 The Washington Post</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"globalContent":{"_id":"5KQ7GDR2XZB4HNPLJ3W6TQ4E2M"}}},"page":"/article"}</script>
</body></html>`;
const washingtonPost: TestPage = {
  html: wpHtml,
  name: 'heldout32-washington-post-story',
  kind: 'news',
  // the subheadline (an h2 under the headline) is the dek: body, as batch 19's deks; "CAMBRIDGE, Md. —" opens the first
  // paragraph and stays in it (body); "Karen Whitlock", the display date and the author bio are bylines ("By" in neither);
  // the kicker, audio button and its length, share bar ("Gift Article", comment count, "Save"), the caption with its
  // credit, "Follow", the "Read more" interstitial (a link to another story), the inline newsletter box, the hidden gift
  // dialog and paywall promo, the comments button, "Most Read", masthead, nav and footer are furniture; the comment count
  // "188" alone, "Share", "Comment", "Save" and "Sign in"/"Sign up" are left out: too short to tell apart from the other
  // buttons' words (the hidden nav's "Climate" is kept: not a word of the article)
  title: wpTitle,
  headings: [],
  body: [wpDek, ...texts(wpBody)],
  bylines: [
    'Karen Whitlock',
    'January 13, 2026 at 6:00 a.m. EST',
    'Karen Whitlock covers the Chesapeake Bay, fisheries and coastal communities for The Washington Post. She joined The Post in 2019.',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sections', 'Democracy Dies in Darkness', 'Subscribe', ...wpNav, 'Climate & Environment', 'Listen', '5 min', 'Gift Article',
    'Lena Marchetti, a field biologist with the Maryland Department of Natural Resources, holds a cluster of live oysters from Harris Creek in October.',
    '(Ricky Calloway/The Washington Post)', 'Follow', wpReadMore, 'The Climate Coach newsletter',
    'Practical advice for living with a changing climate, in your inbox every Tuesday.', 'View 188 comments', 'Gift this article',
    'Share subscriber-only stories with anyone, even if they don’t subscribe. You have 10 gift articles left this month.', 'Copy gift link',
    'You’re reading a subscriber-only story.', 'Get one year for $40', 'Most Read Climate & Environment', ...wpMostRead,
    'Company', ...wpFootCompany, 'Get The Post', ...wpFootGet, 'Terms of Use', ...wpFootTerms, '© 1996-2026 The Washington Post',
  ],
};

export const HELDOUT32_A: readonly TestPage[] = [washingtonPost, economistArticle];
