import { links, ps, type TestPage, texts } from './page-kit.js';
import { eater } from './pages-heldout275-b2.js';
import { j } from './pages-heldout275-kit.js';

/**
 * Held-out batch 275, file b: a Guardian film review in the DCR template (star rating as SVG stars, standfirst, meta with
 * byline, dateline and share buttons, main media caption, an inline "Read more" promo, the subscription epic, "Most viewed",
 * "More on this story" onwards containers, the comments section with two comments, the footer and the Sourcepoint consent
 * frame); and, from file b2, an Eater restaurant review on Vox Media's Chorus template with its venue info panel.
 */
const gTitle = 'Salt Lantern review – a lighthouse keeper’s grief becomes a slow-burning ghost story';
const gStand = 'Marit Solberg is tremendous as a widow alone on a Hebridean rock in Conall Reid’s patient, beautifully photographed debut';
const gBody = [
  j(
    'There is a moment about halfway through Salt Lantern when the lamp at the top of the tower goes out, and for nearly a minute',
    'the screen is black except for the sound of the sea. It is a brave choice for a first-time director, and it tells you a lot',
    'about Conall Reid’s film: he is willing to trust the audience, and he is not in a hurry.',
  ),
  j(
    'Marit Solberg plays Ingrid, a Norwegian widow who takes over her late husband’s post as keeper of a lighthouse on a rock off',
    'the Outer Hebrides in the winter of 1961. The relief boat comes once a fortnight, the radio works when it feels like it,',
    'and she begins to notice that the logbook contains entries in a hand that is not hers.',
  ),
  j(
    'What follows could easily have been a standard haunted-house picture transplanted to the sea, and for a stretch in the',
    'middle it threatens to become one, with creaking stairs and a door that will not stay shut. But Reid, who also wrote the',
    'script, is more interested in grief than in jump scares. The ghost, if that is what it is, behaves less like a threat',
    'than like a memory that refuses to be filed away.',
  ),
  j(
    'Solberg, who has spent most of her career on the Oslo stage, is on screen in almost every shot and carries the film with',
    'very little dialogue. Watch her hands as she trims the wick or rewinds the clockwork: there is a whole marriage in the way',
    'she does it the way he taught her, and then one night decides to do it differently.',
  ),
  j(
    'The cinematography, by Esme Lachlan, is the other star. Shot on 35mm in the grey light of a real Scottish winter, the film',
    'has a texture that digital rarely manages, and the interiors, lit mostly by oil lamps, glow like old paintings.',
  ),
  j(
    'The final act is less sure of itself. A visit from a suspicious coastguard officer, played with gruff charm by Hamish Tull,',
    'introduces a plot about a missing trawler that the film does not really need, and the ending explains a little more than it',
    'should. Still, it is a rare debut that leaves you wanting to sit quietly in the dark after the credits.',
  ),
  '<em>Salt Lantern is released on 13 March in UK and Irish cinemas.</em>',
];
const gNav = ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle'];
const gSub = ['Film', 'Music', 'TV & radio', 'Books', 'Art & design', 'Stage', 'Games', 'Classical'];
const gMost = [
  'Friday’s TV picks: a stately home murder and a baking final',
  'The director who shot a whole film in a lift: ‘I was claustrophobic by day three’',
  'Ten forgotten British horror films worth hunting down',
];
const gMore = ['The Keeper’s Wife review – Hebridean thriller loses its footing', 'Marit Solberg: ‘I was terrified of the sea until this film’'];
const gComments = [
  'Saw this at the festival last autumn. The black-screen moment had the whole audience holding its breath.',
  'Four stars feels generous. Beautiful to look at, but I checked my watch more than once in the last half hour.',
];
const gFoot = ['About us', 'Contact us', 'Complaints & corrections', 'Terms & conditions', 'Privacy policy', 'Cookie policy', 'Help'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><title>${gTitle} | Movies | The Guardian</title><meta charset="utf-8">
<meta name="description" content="${gStand}"><meta property="og:type" content="article"><meta property="article:section" content="Film">
<meta name="twitter:site" content="@guardian"><link rel="canonical" href="https://www.theguardian.example/film/2026/mar/12/salt-lantern-review">
<script type="application/ld+json">[{"@context":"https://schema.org","@type":"Review","reviewRating":{"@type":"Rating","worstRating":1,"bestRating":5,
"ratingValue":"4"},"author":[{"@type":"Person","name":"Catriona Vell"}],"itemReviewed":{"@type":"Movie","name":"Salt Lantern",
"director":"Conall Reid"},"datePublished":"2026-03-12T17:00:00.000Z"}]</script>
<script>window.guardian = {"config":{"page":{"contentType":"Article","section":"film","tones":"Reviews","starRating":4}}};</script></head>
<body><div data-gu-name="skip-to-content"><a href="#maincontent" class="dcr-1xc6y2v">Skip to main content</a></div>
<header data-component="nav3" class="dcr-1m6x0dl"><div class="dcr-5kfz3t"><a href="/" data-link-name="nav3 : logo" class="dcr-4q0xk5">
<span class="dcr-1ywl8w5">The Guardian - Back to home</span></a><div class="dcr-1uoq9fo"><a href="/support">Support us</a>
<a href="/signin">Sign in</a></div></div><nav aria-label="Guardian sections" class="dcr-13xzg2n"><ul class="dcr-1u8qly9">${links(gNav, 'dcr-1k8k2zf')}</ul>
<ul class="dcr-1gnx7e1" data-component="sub-nav">${links(gSub, 'dcr-b4apmz')}</ul></nav></header>
<main data-layout="StandardLayout" id="maincontent"><article class="dcr-1ueoyzc"><div class="dcr-1wz1k80">
<div data-gu-name="title" class="dcr-16dbicp"><div class="dcr-1kq8l6p"><a href="/film" class="dcr-12g5k3a" data-link-name="article section">
<span>Movies</span></a></div></div>
<div data-gu-name="headline" class="dcr-1s3jnn0"><div class="dcr-1kmmfel"><h1 class="dcr-1i7h9hb">${gTitle}</h1></div>
<div class="dcr-1ftmx1a"><div class="dcr-gu8kpm" aria-label="4 out of 5 stars"><svg class="dcr-star" viewBox="0 0 20 20"></svg><svg
class="dcr-star" viewBox="0 0 20 20"></svg><svg class="dcr-star" viewBox="0 0 20 20"></svg><svg class="dcr-star" viewBox="0 0 20 20"></svg><svg
class="dcr-star dcr-star-empty" viewBox="0 0 20 20"></svg></div></div></div>
<div data-gu-name="standfirst" class="dcr-1svnr6r"><div class="dcr-1ztlz4s"><p>${gStand}</p></div></div>
<div data-gu-name="media" class="dcr-hwgi5a"><figure id="img-1" class="dcr-1sl11bs"><picture class="dcr-evn1e9"><img
src="https://i.guim.example/img/media/salt-lantern.jpg" alt="Marit Solberg in Salt Lantern" width="620" height="372"></picture>
<figcaption class="dcr-1ymxcik"><span class="dcr-1qvd3m6">Keeper of the flame … Marit Solberg in Salt Lantern.</span>
<span class="dcr-1aocd2c">Photograph: Northlight Pictures</span></figcaption></figure></div>
<div data-gu-name="meta" class="dcr-1qpyu2t"><div class="dcr-0"><address aria-label="Contributor info" data-component="meta-byline"
data-link-name="byline"><div class="dcr-1wr2tqx"><a rel="author" class="dcr-ch7w1w" data-link-name="auto tag link" href="/profile/catriona-vell">Catriona
Vell</a></div></address><details class="dcr-1xkfqs6"><summary class="dcr-1mkmk8t"><span class="dcr-u0h1qy">Thu 12 Mar 2026 17.00 GMT</span></summary>
</details><div class="dcr-1mtdbhz"><ul class="dcr-1hjhygo"><li><a data-link-name="facebook" href="#">Share on Facebook</a></li><li><a
data-link-name="twitter" href="#">Share on X</a></li></ul></div></div></div>
<div data-gu-name="body" class="dcr-1y5sxit"><div id="maincontent" class="article-body-commercial-selector article-body-viewer-selector dcr-1y10mnv">
${ps(gBody.slice(0, 3), ' class="dcr-iy9ec7"')}
<aside data-gu-name="rich-link" class="dcr-1e6y4wd"><a href="/film/2026/feb/06/hebridean-cinema" data-link-name="rich-link-1"><div>Read more
</div><div class="dcr-1tx3ryb">The island cinema that survived on whisky and goodwill</div></a></aside>
${ps(gBody.slice(3), ' class="dcr-iy9ec7"')}
</div><div class="dcr-4v2ylg" id="slot-body-end"><div class="contributions__epic"><h2 class="epic__heading">Before you move on …</h2>
<p class="epic__text">We have no shareholders and no billionaire owner, so our journalism stays free for everyone.</p>
<a class="epic__cta" href="/support">Support us</a></div></div>
<div class="submeta"><ul class="dcr-tags">${links(['Film', 'Drama', 'Horror', 'Reviews'], 'dcr-tag')}</ul></div></div></div></article>
<section data-component="more-on-this-story"><h2 class="dcr-container-title">More on this story</h2><ul>${links(gMore)}</ul></section>
<section data-component="most-popular"><h2>Most viewed</h2><ol>${links(gMost)}</ol></section>
<section id="comments" data-component="discussion"><h2 class="dcr-discussion-title">comments (2)</h2><ul class="dcr-comments">
<li class="dcr-comment"><div class="dcr-comment-user">Skerryman</div><div class="dcr-comment-time">12 Mar 2026 17:42</div><p>${gComments[0]}</p></li>
<li class="dcr-comment"><div class="dcr-comment-user">filmgoer_ruth</div><div class="dcr-comment-time">12 Mar 2026 18:05</div>
<p>${gComments[1]}</p></li></ul></section></main>
<footer data-component="footer" class="dcr-1e7un4n"><ul class="dcr-footer-links">${links(gFoot)}</ul>
<p class="dcr-copyright">© 2026 Guardian News & Media Limited or its affiliated companies. All rights reserved.</p></footer>
<div id="sp_message_container_1" class="sp-message-container"><div class="message-component message-row"><p>It’s your choice. We use cookies and
similar technologies to personalise content and measure readership.</p><button title="Yes, I’m happy">Yes, I’m happy</button>
<button title="Manage or reject cookies">Manage or reject cookies</button></div></div></body></html>`;
const guardian: TestPage = {
  name: 'heldout275-guardian-film-review',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: texts([gStand, ...gBody]),
  bylines: ['Catriona Vell', 'Thu 12 Mar 2026 17.00 GMT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'The Guardian - Back to home', 'Support us', 'Sign in', ...gNav, ...gSub, 'Movies',
    'Keeper of the flame … Marit Solberg in Salt Lantern.', 'Photograph: Northlight Pictures', 'Share on Facebook', 'Share on X', 'Read more',
    'The island cinema that survived on whisky and goodwill', 'Before you move on …',
    'We have no shareholders and no billionaire owner, so our journalism stays free for everyone.', 'Drama', 'Horror', 'Reviews',
    'More on this story', ...gMore, 'Most viewed', ...gMost, 'comments (2)', 'Skerryman', '12 Mar 2026 17:42', ...gComments, 'filmgoer_ruth',
    '12 Mar 2026 18:05', ...gFoot, '© 2026 Guardian News & Media Limited or its affiliated companies. All rights reserved.',
    'It’s your choice. We use cookies and similar technologies to personalise content and measure readership.', 'Yes, I’m happy',
    'Manage or reject cookies',
  ],
};

export const HELDOUT275_B: readonly TestPage[] = [guardian, eater];
