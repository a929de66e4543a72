import { links, ps, type TestPage, texts } from './page-kit.js';
import { museum } from './pages-heldout17-f2.js';

/**
 * Held-out batch 17, file f: a Substack newsletter post (publication navbar with Subscribe / Sign in, post-header with title,
 * subtitle, author and date, the post UFI with like / comment / restack counts and Share, the markup body with an embedded
 * subscription widget and a "Share" button in the middle, footnote anchors and FootnoteToDOM footnotes, the post footer
 * UFI, "Discussion about this post" with comments, "Ready for more?" subscribe box, footer). The museum collection object
 * page of this file is in pages-heldout17-f2.ts.
 */
const ssTitle = 'The bitterns came back before we finished the reedbed';
const ssSub = 'Notes from a wet spring at Wicken Lode, and what a booming bird tells you about a restoration project';
const ssBody1 = [
  'At ten past five on the morning of April 3rd, standing on the bank of the new cut with a thermos and cold fingers, I heard a ' +
    'sound like someone blowing across the top of a very large bottle. Then it came again, three times, low enough that I felt it ' +
    'more than heard it. A male bittern, booming, in a reedbed that two years ago was a field of sugar beet.',
  'If you have followed this newsletter for a while, you will know that the Lode Farm project was never supposed to produce ' +
    'bitterns this quickly. The plan we submitted in 2021 said, cautiously, that we hoped to see them “within ten years, if the ' +
    'reed establishes well and water levels can be held.”',
];
const ssH1 = 'Why it happened so fast';
const ssBody2 = [
  'The short answer is water. We were lucky with two wet winters in a row, and the new sluice on the north drain let us hold the ' +
    'water a few centimetres higher through the spring than we had expected to manage. Bitterns want shallow water among standing ' +
    'reed, with plenty of fish and amphibians, and that is exactly what the wettest compartments gave them.',
  'The longer answer involves rudd. Last summer the volunteers surveyed the ditches with hand nets and found young rudd in ' +
    'numbers nobody had predicted, probably washed in from the main lode during the February floods. A bittern’s diet is mostly ' +
    'small fish, so a ditch full of them is an open invitation.',
];
const ssH2 = 'What we still do not know';
const ssBody3 = [
  'A booming male is not a breeding pair. Females are secretive and silent, and the only reliable sign of a nest is a bird making ' +
    'repeated feeding flights to the same patch of reed in June. We will be watching from the hide at a respectful distance.',
  'We also do not know whether the reed will hold. Much of it is still young and patchy, and a dry summer could let the ' +
    'water drop below the roots. The next two years matter more than the last two.',
  'For now, though, I will take it. I have walked that bank in every month of the year since the diggers left, and this was the ' +
    'first morning it sounded like a fen.',
];
const ssFoot1 = 'A “boom” carries up to five kilometres on a still morning, which is why surveyors count booming males rather than birds seen.';
const ssFoot2 = 'Rudd are easy to confuse with roach. The giveaway is the red fins and the way the lower jaw juts forward.';
const ssPub = 'Field Notes from the Fens';
const ssWidget = `Thanks for reading ${ssPub}! Subscribe for free to receive new posts and support my work.`;
const ssComments = [
  { who: 'Colin Tebbutt', when: 'Apr 9', text: 'I heard him on Sunday from the Burwell end! Thought I was imagining it. Wonderful news.', likes: '14' },
  { who: 'Ruth Callow', when: 'Apr 9', text: 'You weren’t! He has been booming most mornings this week, best before six.', likes: '6' },
  { who: 'Marguerite A.', when: 'Apr 10', text: 'Lovely writing as always. Would you ever do a guided dawn walk for subscribers?', likes: '3' },
];
const ssTagline = 'Weekly notes on fenland wildlife, restoration and weather from the edge of Wicken.';
const ssNav = ['Home', 'Notes', 'Archive', 'About'];
const ssSubscribeForm = (
  caption: string,
): string => `<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://fieldnotesfens.substack.example/subscribe?&quot;,
&quot;text&quot;:&quot;Subscribe&quot;,&quot;language&quot;:&quot;en&quot;}" data-component-name="SubscribeWidgetToDOM">
<div class="subscription-widget show-subscribe">
<div class="preamble"><p class="cta-caption">${caption}</p></div><form class="subscription-widget-subscribe">
<input type="email" class="email-input" name="email"
placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper">
<div class="fake-input"></div>
<div class="fake-button"></div></div></form></div></div>`;
const ssUfi = `<div class="post-ufi style-compressed"><div class="like-button-container post-ufi-button style-compressed"><button class="post-ufi-button"
aria-label="Like (212)"><div class="label">212</div></button></div><a href="#discussion" class="post-ufi-button post-ufi-comment-button">
<div class="label">37</div></a>
<button class="post-ufi-button" aria-label="Restack"><div class="label">18</div></button>
<button class="post-ufi-button share-button" aria-label="Share">Share</button></div>`;
const ssHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${ssTitle} - by Ruth Callow</title><meta name="description" content="${ssSub}">
<meta property="og:site_name" content="${ssPub}"><meta name="author" content="Ruth Callow"><meta name="theme-color" content="#ffffff">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"url":"https://fieldnotesfens.substack.example/p/the-bitterns-came-back",
"headline":"${ssTitle}","description":"${ssSub}","datePublished":"2025-04-08T06:31:12+00:00","isAccessibleForFree":true,
"author":[{"@type":"Person","name":"Ruth Callow","url":"https://substack.example/@ruthcallow"}],"publisher":{"@type":"Organization","name":"${ssPub}"}}</script>
<link rel="stylesheet" href="https://substackcdn.example/bundle/theme/main.7e3f.css"></head>
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu"><div class="topbar-content"><a href="/" class="navbar-title-link">${ssPub}</a><div class="navbar-buttons"><button class="button primary
subscribe-btn">Subscribe</button><a class="button sign-in-link" href="/sign-in">Sign in</a></div></div>
<p class="pub-tagline">${ssTagline}</p><nav class="pub-tabs"><ul>${links(ssNav, 'pub-tab')}</ul></nav></div>
<div class="modal subscribe-prompt" role="dialog" aria-modal="true"><h2 class="modal-title">Discover more from ${ssPub}</h2><p>${ssTagline}</p>
<p class="subscriber-count">Over 4,000 subscribers</p><form><input type="email" placeholder="Type your email…"><input type="submit" value="Subscribe"></form>
<button class="maybe-later">Continue reading</button><p class="sign-in-prompt">Already have an account? <a href="/sign-in">Sign in</a></p></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published" dir="auto">${ssTitle}</h1><h3 class="subtitle" dir="auto">${ssSub}</h3>
<div class="post-meta-header"><div class="byline-wrapper"><div class="pencraft pc-display-flex">
<div class="profile-hover-card-target profileHoverCardTarget-PBxvGm"><a
href="https://substack.example/@ruthcallow" class="pencraft pc-reset decoration-hover-underline-ClDVps">Ruth Callow</a></div></div>
<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T meta-EgzBVA">Apr 08, 2025</div></div>${ssUfi}</div></div>
<div class="available-content"><div dir="auto" class="body markup">
${ps(ssBody1.slice(0, 1))}
<p>${ssBody1[1]}<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" id="footnote-anchor-1" href="#footnote-1" target="_self">1</a></p>
${ssSubscribeForm(ssWidget)}
<h2 class="header-anchor-post">${ssH1}<div class="pencraft pc-display-flex header-anchor-parent">
<div class="header-anchor-widget" id="§why-it-happened-so-fast"></div>
</div></h2>
${ps(ssBody2.slice(0, 1))}
<p>${ssBody2[1]}<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" id="footnote-anchor-2" href="#footnote-2" target="_self">2</a></p>
<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;https://fieldnotesfens.substack.example/p/the-bitterns-came-back?utm_source=substack&quot;}"
data-component-name="ButtonCreateButton">
<a class="button primary" href="https://fieldnotesfens.substack.example/p/the-bitterns-came-back?utm_source=substack"><span>Share</span></a></p>
<h2 class="header-anchor-post">${ssH2}</h2>
${ps(ssBody3)}
${ssSubscribeForm(ssWidget)}
<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number" contenteditable="false"
target="_self">1</a><div class="footnote-content"><p>${ssFoot1}</p></div></div>
<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-2" href="#footnote-anchor-2" class="footnote-number" contenteditable="false"
target="_self">2</a><div class="footnote-content"><p>${ssFoot2}</p></div></div>
</div></div>
<div class="post-footer use-separators">${ssUfi}<div class="post-footer-nav"><a class="button share-pub" href="/subscribe">Share ${ssPub}</a>
<a href="/p/frogspawn-count" class="post-footer-prev">Previous</a><a href="/p/swift-boxes"
class="post-footer-next">Next</a></div></div></article>
<div id="discussion" class="comments-section"><h4 class="comments-heading">Discussion about this post</h4><div class="comments-tabs">
<button class="active">Comments</button>
<button>Restacks</button></div><div class="comment-input"><textarea placeholder="Write a comment..."></textarea></div><div class="comments-list">
${ssComments
  .map(
    (c) => `<div class="comment"><div class="comment-content"><div class="comment-meta"><span class="commenter-name">
<a href="https://substack.example/@x">${c.who}</a>
</span><a class="comment-timestamp" href="/p/x/comment/1">${c.when}</a></div><div class="comment-body"><p>${c.text}</p></div><div class="comment-actions">
<button class="like-button"><span class="like-count">${c.likes}</span></button><button>Reply</button><button>Share</button></div></div></div>`,
  )
  .join('\n')}
</div><a class="more-comments" href="/p/the-bitterns-came-back/comments">34 more comments...</a></div>
<div class="post-end-cta-full"><h3>Ready for more?</h3><form class="subscription-widget-subscribe"><input type="email" placeholder="Type your email…">
<input type="submit" class="button primary" value="Subscribe"></form></div></div></div></div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="copyright">© 2025 Ruth Callow</div><div class="footer-terms">
<a href="/privacy">Privacy</a> ∙
<a href="/tos">Terms</a> ∙ <a href="/collection-notice">Collection notice</a></div>
<a class="footer-start-writing" href="https://substack.example/signup">Start writing</a>
<a class="footer-get-app" href="https://substack.example/app">Get the app</a><p class="footer-slogan">Substack is the home for great culture</p></div></div>
</div></div>
<script>window._preloads = JSON.parse("{\\"isEligibleForFreeTrial\\":false,\\"post\\":{\\"id\\":160412233,\\"reaction_count\\":212}}")</script>
<script src="https://substackcdn.example/bundle/static/js/main.a1b2.js" async></script></body></html>`;
const substack: TestPage = {
  html: ssHtml,
  name: 'heldout17-substack-post',
  kind: 'blog',
  // the h3 subtitle is the post's standfirst: body; the two h2s are headings; the footnote markers "1" and "2" end their
  // paragraphs and are left out of the gold paragraphs; the footnotes themselves are furniture (convention); "Ruth Callow"
  // and "Apr 08, 2025" are bylines; the subscribe widgets in and after the post (the same caption twice, counted once),
  // the Share button, UFI counts (bare numbers, left out), prev/next, the discussion (comment authors and dates are
  // bylines, their text furniture, as an article's comment section; "Ruth Callow" also comments: counted once),
  // "Ready for more?", navbar, tabs and footer are furniture; the tabs' "Notes" and "About" and the footer link "Next"
  // are words of the body: left out
  title: ssTitle,
  headings: [ssH1, ssH2],
  body: [ssSub, ...texts(ssBody1), ...texts(ssBody2), ...texts(ssBody3)],
  bylines: ['Ruth Callow', 'Apr 08, 2025', 'Colin Tebbutt', 'Marguerite A.', 'Apr 9', 'Apr 10'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ssPub, 'Subscribe', 'Sign in', ssTagline, `Discover more from ${ssPub}`, 'Over 4,000 subscribers', 'Continue reading',
    'Already have an account?', 'Home', 'Archive', 'Share', `Share ${ssPub}`, ssWidget, ssFoot1, ssFoot2, 'Previous',
    'Discussion about this post', 'Comments', 'Restacks',
    ...ssComments.map((c) => c.text), 'Reply', '34 more comments...', 'Ready for more?', '© 2025 Ruth Callow', 'Privacy', 'Terms', 'Collection notice',
    'Start writing', 'Get the app', 'Substack is the home for great culture',
  ],
};

export const HELDOUT17_F: readonly TestPage[] = [substack, museum];
