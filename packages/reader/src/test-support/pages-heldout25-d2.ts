import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 25, file d2: a Forbes contributor post (fs-* classes, header with the subscribe price and "Sign In", channel
 * nav, the topline channel and section, headline, the contributor byline block with "Contributor." and the contributors
 * disclaimer, "Follow Author", the date, share/save/comment buttons, a lead image with "getty" credit, the body with three h2
 * subheads, a bulleted list, an inline "MORE FOR YOU" block, the Forbes Daily signup box, the closing "Follow me on LinkedIn"
 * line, the author bio card, "Editorial Standards" / "Reprints & Permissions", the "Trending" rail and the footer).
 */
const fbTitle = 'Why Mid-Size Manufacturers Are Quietly Bringing Back Apprenticeships';
const fbBody1 = [
  'For most of the past three decades, the apprenticeship looked like a relic in American manufacturing. Plants filled skilled ' +
    'roles by poaching from competitors, leaning on community colleges or simply leaving positions open and paying overtime.',
  'That is changing, and not only at the giants. In conversations with owners and plant managers at more than 40 mid-size ' +
    'manufacturers over the past year, I heard the same thing again and again: they are building their own pipelines of machinists, ' +
    'maintenance technicians and welders, and they are doing it through formal, paid apprenticeships.',
];
const fbH1 = 'Why Now';
const fbBody2 = [
  'The arithmetic is hard to argue with. Many of the skilled tradespeople hired in the 1980s and 1990s are retiring, and the ' +
    'average age of the maintenance staff at several of the companies I spoke with is over 55. Hiring an experienced CNC machinist ' +
    'can take six months, if it happens at all.',
  '“We stopped pretending the perfect candidate was going to walk in the door,” said Angela Ruiz, chief operating officer of ' +
    'Northfield Precision, a 280-person parts maker in Ohio. “So we decided to make them ourselves.”',
  'Northfield now runs a three-year program that pairs each apprentice with a senior machinist and pays for classroom hours at a ' +
    'local technical college. Of the 31 apprentices it has enrolled since 2021, 26 still work there.',
];
const fbH2 = 'What The Successful Programs Have In Common';
const fbIntro = 'The programs that work share a handful of features:';
const fbList = [
  '<b>Pay from day one.</b> Apprentices are paid from their first shift, usually at 60% to 70% of a journeyman’s wage, with raises tied ' +
    'to skills they can demonstrate.',
  '<b>A named mentor.</b> Every apprentice has a mentor whose own performance review includes how the apprentice is doing.',
  '<b>A local classroom.</b> The classroom part is built with a nearby college, not bought off the shelf.',
  '<b>Commitment through downturns.</b> Leaders treat the program as a cost of doing business, not a perk to cut in a slow quarter.',
];
const fbBody3 = [
  'That last point matters more than it sounds. Several managers told me about programs that were launched with fanfare and then ' +
    'quietly dropped at the first sign of softer orders, leaving apprentices halfway through their training and damaging the ' +
    'company’s reputation among local families.',
];
const fbH3 = 'The Cost Question';
const fbBody4 = [
  'Apprenticeships are not cheap. Owners I spoke with estimated the full cost of training a machinist over three years at between ' +
    '$90,000 and $140,000, including wages, mentor time and tuition. State grants and federal registration can cover part of that, ' +
    'but rarely most of it.',
  'Still, most argued that the alternative is more expensive. Turnover among experienced hires poached from rivals was high, and ' +
    'recruiting fees alone could reach 25% of a first-year salary.',
  'For owners thinking about starting, the advice was consistent: begin small, with two or three apprentices, and choose mentors ' +
    'who actually want the job. A program built around one enthusiastic senior machinist will outperform a bigger one that no one on ' +
    'the floor believes in.',
];
const fbDisclaimer = 'Forbes contributors publish independent expert analyses and insights.';
const fbTagline = 'I write about the future of work in manufacturing and the skilled trades.';
const fbBio =
  'I am a workforce strategist and former plant manager who spent 18 years running machining and assembly operations in the ' +
  'Midwest. I now advise manufacturers on hiring, training and retention.';
const fbCaption = 'An apprentice machinist works at a CNC lathe under the eye of a senior colleague.';
const fbMore = [
  'The Trades Are Hiring. Why Aren’t Young Workers Applying?',
  'How One Family Firm Cut Turnover In Half',
  'Five Questions To Ask Before Launching A Training Program',
];
const fbDaily = 'Forbes Daily: Get our best stories, exclusive reporting and essential analysis of the day’s news in your inbox every weekday.';
const fbLegal = 'By signing up, you agree to our Terms of Service, and you acknowledge our Privacy Statement.';
const fbNav = ['Billionaires', 'Innovation', 'Leadership', 'Money', 'Business', 'Small Business', 'Lifestyle', 'Lists', 'Advisor', 'Featured'];
const fbTrending = ['The Best Places To Work In 2026', 'Why The Four-Day Week Is Stalling In Factories', 'America’s Best Employers For New Grads'];
const fbFoot = ['Forbes', '© 2025 Forbes Media LLC. All Rights Reserved.', 'AdChoices', 'Privacy Statement', 'Your Privacy Choices', 'Terms and Conditions'];
const fbFoot2 = ['Contact Us', 'Send Us Feedback', 'Report a Security Issue', 'Jobs At Forbes', 'Reprints & Permissions', 'Forbes Press Room', 'Advertise'];
const fbP = (ps: readonly string[]) => ps.map((p) => `<p>${p}</p>`).join('\n');
const fbHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${fbTitle}</title>
<meta name="description" content="Mid-size manufacturers are building their own pipelines of machinists and technicians through paid apprenticeships.">
<meta name="author" content="Derek Mwangi"><meta property="article:section" content="Careers">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${fbTitle}","author":{"@type":"Person",
"name":"Derek Mwangi","url":"https://www.forbes.com/sites/derekmwangi/","description":"${fbTagline}"},"datePublished":"2025-11-18T07:30:00-05:00"}</script>
<script>window.forbes={"simple-site":{"contentId":"blogAndPostId/blog/post/6171-681b3c9e2a","channel":"leadership","section":"careers"}};</script>
</head><body class="article"><div class="main-content">
<header class="header header--article"><a class="header__logo" href="https://www.forbes.com" aria-label="Forbes Logo"><svg></svg></a>
<nav class="header__channels"><ul>${links(fbNav, 'header__channel')}</ul></nav>
<div class="header__actions"><a class="header__subscribe" href="/subscribe">Subscribe: Less than $1.50/wk</a><button
class="header__signin">Sign In</button></div></header>
<main class="article-body-container"><article class="article-body fs-article fs-responsive-text current-article">
<div class="topline-wrapper"><a class="channel-link" href="/leadership/">Leadership</a> <a class="section-link" href="/careers/">Careers</a></div>
<h1 class="fs-headline speakable-headline">${fbTitle}</h1>
<div class="fs-author-group"><div class="contrib-byline-author"><span class="author-prefix">By</span><a class="contrib-link--name"
href="/sites/derekmwangi/">Derek Mwangi</a>,
<span class="contrib-link--type">Contributor.</span></div>
<div class="contrib-byline-type"><span class="contrib-disclaimer">${fbDisclaimer}</span> <span class="author-tagline">${fbTagline}</span></div>
<button class="follow-author" data-ga-track="follow-author">Follow Author</button></div>
<div class="content-data"><time class="timestamp" datetime="2025-11-18T07:30:00-05:00">Nov 18, 2025, 07:30am EST</time>
<div class="article-sharing"><button aria-label="Share">Share</button><button aria-label="Save Article">Save</button><button
aria-label="Comment">Comment</button></div></div>
<div class="article-body-image"><figure class="embed-base image-embed"><div class="image-embed__placeholder"><progressive-image
src="https://imageio.forbes.com/specials-images/imageserve/6736a1b2c3/0x0.jpg" alt="${fbCaption}"></progressive-image></div>
<figcaption><fbs-accordion class="expanded"><p class="color-body light-text">${fbCaption}</p></fbs-accordion>
<small>getty</small></figcaption></figure></div>
<div class="article-body fs-article fs-responsive-text current-article" data-test-e2e="article-body">
${fbP(fbBody1)}
<h2 class="subhead-embed">${fbH1}</h2>
${fbP(fbBody2.slice(0, 2))}
<div class="vestpocket" data-vpi="more-for-you"><div class="ribbon-title">MORE FOR YOU</div><ul>${links(fbMore, 'more-for-you__item')}</ul></div>
${fbP(fbBody2.slice(2))}
<h2 class="subhead-embed">${fbH2}</h2>
<p>${fbIntro}</p>
<ul>${fbList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${fbP(fbBody3)}
<div class="article-newsletter-signup" data-newsletter="forbes-daily"><p class="newsletter-copy">${fbDaily}</p>
<form><input type="email" placeholder="Email Address" aria-label="Email Address"><button type="submit">Sign Up</button></form>
<p class="newsletter-legal">${fbLegal}</p></div>
<h2 class="subhead-embed">${fbH3}</h2>
${fbP(fbBody4)}
<p><em>Follow me on <a href="https://www.linkedin.com/in/derekmwangi/" target="_blank" rel="nofollow">LinkedIn</a>.</em></p>
</div>
<div class="article-footer"><div class="author-card"><a class="author-card__name" href="/sites/derekmwangi/">Derek Mwangi</a>
<p class="author-card__bio">${fbBio}</p><a class="author-card__more" href="/sites/derekmwangi/">Read More</a></div>
<div class="article-footer__links"><a href="/sites/forbesstaff/article/forbes-editorial-values-and-standards/">Editorial Standards</a>
<a href="https://www.parsintl.com/publication/forbes/">Reprints &amp; Permissions</a></div></div></article>
<aside class="right-rail"><div class="trending"><h3>Trending</h3><ol>${links(fbTrending, 'trending__item')}</ol></div>
<div class="ad-rail"><span class="ad-label">ADVERTISEMENT</span><div id="article-0-rail-1"></div></div></aside></main>
<footer class="footer"><ul>${links(fbFoot, 'footer__item')}</ul><ul>${links(fbFoot2.slice(0, 4), 'footer__item')}</ul>
<ul>${links(fbFoot2.slice(4), 'footer__item')}</ul></footer></div></body></html>`;
export const forbes: TestPage = {
  html: fbHtml,
  name: 'heldout25-forbes-contributor-post',
  kind: 'news',
  // the three h2 subheads are the headings; the list lead-in and the four list items (bold run-in labels kept in the text) are
  // body; "Derek Mwangi" (byline and bio card, once), "Contributor.", the tagline under the byline, the date and the bio card's
  // text are bylines; the contributors disclaimer, "Follow Author", the closing "Follow me on LinkedIn." line (a self-promotion
  // line set in the body, as contributors end their posts), the inline "MORE FOR YOU" block and the Forbes Daily box inside the
  // body are furniture; so are the topline, share buttons, caption and "getty" credit, "Read More", the standards links, the
  // rail, header, nav and footer; the footer's "Reprints & Permissions" is also an article-footer link (once)
  title: fbTitle,
  headings: [fbH1, fbH2, fbH3],
  body: [...texts(fbBody1), ...texts(fbBody2), fbIntro, ...texts(fbList), ...texts(fbBody3), ...texts(fbBody4)],
  bylines: ['Derek Mwangi', 'Contributor.', fbTagline, 'Nov 18, 2025, 07:30am EST', fbBio],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fbNav, 'Subscribe: Less than $1.50/wk', 'Sign In', 'Careers', fbDisclaimer, 'Follow Author', 'Share', 'Save', 'Comment', fbCaption, 'getty',
    'MORE FOR YOU', ...fbMore, fbDaily, 'Sign Up', fbLegal, 'Follow me on LinkedIn.', 'Read More', 'Editorial Standards', 'Trending',
    ...fbTrending, 'ADVERTISEMENT', ...fbFoot, ...fbFoot2,
  ],
};
