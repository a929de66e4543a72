import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 95, file d2: a free Substack post as a signed-out reader saves it (the publication top bar with
 * "Subscribe" and "Sign in", the post header with title, subtitle, author and date, the like/comment/restack/share bar,
 * the `div.body.markup` with a captioned image, the in-body subscription widget with its caption, a "Share" button
 * paragraph, headings, a footnote anchor and the footnote itself, the post footer bar, "Discussion about this post" with
 * "Comments" and "Restacks" tabs and two comments, the "Ready for more?" box, the footer and the hidden sign-in modal).
 */
const ssTitle = 'The bakery that stopped selling bread at noon';
const ssSub = 'What happened when a village bakery decided to sell out every day, on purpose';
const ssPub = 'The Long Table';
const ssP1 = [
  'Every morning at half past six, Ruth Penhallow unlocks the door of the bakery on Fore Street and lets in the first of the people who have been ' +
    'waiting outside, some of them since six. By twelve o’clock, most days, the shelves are empty and she turns the sign to “Sold out – see you ' +
    'tomorrow”.',
  'It was not always like this. For eleven years the bakery stayed open until five, and for eleven years Ruth threw away somewhere between a ' +
    'fifth and a third of what she baked.',
];
const ssCap = 'The shelves at Penhallow’s at five to twelve on a Saturday in August.';
const ssH1 = 'The waste nobody talks about';
const ssP2 = [
  '“People think the hard part of running a bakery is the early mornings,” she told me over a cup of tea in the back room, flour still on her ' +
    'sleeves. “It isn’t. It’s the evenings, putting forty loaves in a bag for the pig farmer and knowing you paid for all of it.”',
  'Small bakeries live on thin margins. Flour, butter and energy have all risen sharply since 2022, and an unsold sourdough loaf is not just ' +
    'lost sales but lost ingredients, lost oven time and lost hours of someone’s work.<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" ' +
    'id="footnote-anchor-1" href="#footnote-1" target="_self">1</a>',
  'So in January last year Ruth made a decision that her accountant called brave and her mother called mad. She would bake a fixed amount each ' +
    'day, sell until it was gone, and close.',
];
const ssH2 = 'What changed';
const ssP3 = [
  'The first few weeks were hard. Regulars who came in at four for a loaf found the door locked, and a few of them said so, loudly, on the ' +
    'village Facebook page.',
  'But something else happened too. People started coming earlier. Some began ordering the day before by text. The queue on Saturday mornings ' +
    'became a small social event, with neighbours catching up on the pavement while they waited.',
  'After a year, Ruth says, her waste is down to almost nothing, her takings are slightly up, and she finishes work at two instead of six. She ' +
    'has used the afternoons to start teaching a bread class once a week in the village hall.',
  '“I sell less than I used to,” she said. “But I make more, and I sleep more. I can’t see myself going back.”',
];
const ssH3 = 'Would it work anywhere?';
const ssP4 = [
  'Probably not. Fore Street has no supermarket within six miles, and Ruth’s customers have few alternatives. A bakery in a city centre, with ' +
    'three competitors on the same road, might simply lose the afternoon trade to them.',
  'Still, I keep thinking about that sign on the door. So much of what we are sold is designed never to run out. There is something honest about ' +
    'a shop that tells you plainly: this is what we made today, and when it is gone, it is gone.',
];
const ssFoot = 'A sourdough loaf at Penhallow’s uses about 600g of flour and spends roughly 20 hours from mixing to the oven.';
const ssWidget = 'The Long Table is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.';
const ssAuthor = 'Nell Tregarthen';
const ssComments = [
  'Jamie Holm',
  'Oct 1',
  'We have a butcher in our town who does the same thing with sausages. Everyone complained for a month and now everyone is there at nine.',
  'Liked by Nell Tregarthen',
  'Priya Das',
  'Oct 2',
  'Lovely piece. I would read a whole series on small shops that have changed how they work.',
];
const ssFooter = ['© 2025 Nell Tregarthen', 'Privacy', 'Terms', 'Collection notice', 'Start writing', 'Get the app'];
const ssTag = 'Substack is the home for great culture';
const pc = 'pencraft pc-display-flex pc-gap-8 pc-reset';
const ssP = (t: string): string => `<p>${t}</p>`;
const ufi = (where: string): string => `<div class="post-ufi style-${where} themed"><div class="like-button-container post-ufi-button"><button
class="post-ufi-button like-button-container" aria-label="Like (214)"><svg viewBox="0 0 24 24"></svg><div class="label">214</div></button></div>
<a class="post-ufi-button post-ufi-comment-button" href="https://thelongtable.substack.com/p/the-bakery-that-stopped-selling/comments"><svg
viewBox="0 0 24 24"></svg><div class="label">37</div></a><button class="post-ufi-button restack-button" aria-label="Restack"><svg viewBox="0 0 24 24"></svg>
<div class="label">18</div></button><button class="post-ufi-button share-button" aria-label="Share"><div class="label">Share</div></button></div>`;
const ssHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0">
<title>The bakery that stopped selling bread at noon - by Nell Tregarthen</title><meta name="description" content="${ssSub}">
<meta property="og:title" content="${ssTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="${ssPub}">
<meta name="author" content="${ssAuthor}"><link rel="canonical" href="https://thelongtable.substack.com/p/the-bakery-that-stopped-selling">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"url":"https://thelongtable.substack.com/p/the-bakery-that-stopped-selling",
"headline":"${ssTitle}","description":"${ssSub}","datePublished":"2025-09-30T07:02:15+00:00","isAccessibleForFree":true,"author":[{"@type":"Person",
"name":"${ssAuthor}","url":"https://substack.com/@nelltregarthen"}],"publisher":{"@type":"Organization","name":"${ssPub}"}}</script>
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.e4b3c2d1.css"></head>
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg"><div class="main-menu-content"><div class="topbar-content">
<div class="${pc} pc-alignItems-center"><a class="navbar-logo-container" href="/"><img class="navbar-logo" alt="" src="https://substackcdn.com/image/fetch/w_80/
logo.png"></a><h1 class="navbar-title"><a class="navbar-title-link" href="/">${ssPub}</a></h1></div><div class="navbar-buttons"><button class="button
primary subscribe-btn" data-href="/subscribe?utm_source=menu">Subscribe</button><a class="button sign-in-link" native="true"
href="https://substack.com/sign-in?redirect=%2Fp%2Fthe-bakery">Sign in</a></div></div></div>
<div class="container"><div class="single-post-container"><div class="container"><div class="single-post"><div class="post-header"><h1
class="post-title published title-X77sOw" dir="auto">${ssTitle}</h1><h3 class="subtitle subtitle-HEEcLo" dir="auto">${ssSub}</h3>
<div class="${pc} pc-paddingTop-16 pc-paddingBottom-16"><div class="byline-wrapper"><div class="${pc} pc-alignItems-center"><div
class="profile-hover-card-target profileHoverCardTarget-PBxvGm"><a href="https://substack.com/@nelltregarthen"
class="pencraft pc-reset decoration-hover-underline
">${ssAuthor}</a></div></div><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T meta-EgzBVA">Sep 30, 2025</div></div></div>
${ufi('large')}</div>
<article class="typography newsletter-post post"><div class="available-content"><div dir="auto" class="body markup">
${ssP1.map(ssP).join('\n')}
<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank"
href="https://substackcdn.com/image/fetch/shelves.jpg"
data-component-name="Image2ToDOM"><div class="image2-inset"><picture><img src="https://substackcdn.com/image/fetch/w_1456,c_limit,f_auto/shelves.jpg"
width="1456" height="971" alt="" loading="lazy" class="sizing-normal"></picture><div class="image-link-expand"><div class="${pc}"><button
class="pencraft pc-reset icon-container restack-image" tabindex="0" type="button"></button><button class="pencraft pc-reset icon-container view-image"
tabindex="0" type="button"></button></div></div></div></a><figcaption class="image-caption">${ssCap}</figcaption></figure></div>
<h2 class="header-anchor-post">${ssH1}<div class="pencraft pc-display-flex pc-alignItems-center pc-position-absolute header-anchor-parent"><div
class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><div id="§the-waste-nobody-talks-about" class="pencraft pc-reset header-anchor offset-top"></div>
<button aria-label="Link" class="pencraft pc-reset iconButton-mq_Et5"></button></div></div></h2>
${ssP2.map(ssP).join('\n')}
<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://thelongtable.substack.com/subscribe?&quot;,&quot;text&quot;:&quot;
Subscribe&quot;}" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">
${ssWidget}</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…"
tabindex="-1"><input type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-input"></div><div
class="fake-button"></div></div></form></div></div>
<h2 class="header-anchor-post">${ssH2}</h2>
${ssP3.map(ssP).join('\n')}
<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;https://thelongtable.substack.com/p/the-bakery?utm_source=substack&quot;,&quot;text&quot;:&quot;
Share&quot;,&quot;action&quot;:null,&quot;class&quot;:null}" data-component-name="ButtonCreateButton"><a class="button primary"
href="https://thelongtable.substack.com/p/the-bakery?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share"><span>
Share</span></a></p>
<h2 class="header-anchor-post">${ssH3}</h2>
${ssP4.map(ssP).join('\n')}
<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number" contenteditable="false"
target="_self">1</a><div class="footnote-content"><p>${ssFoot}</p></div></div>
</div></div></article>
<div class="visibility-check"></div><div class="post-footer"><div class="post-footer-ufi">${ufi('compressed')}</div></div>
<div id="discussion" class="comments-section"><div class="comments-page"><div class="container"><h4 class="comments-heading">Discussion about this
post</h4><div class="comments-tabs"><button class="tab active">Comments</button><button class="tab">Restacks</button></div><div class="comment-input-wrapper">
<textarea placeholder="Write a comment..." class="comment-input"></textarea></div><div class="comment-list">${[0, 4]
  .map(
    (i) => `<div class="comment"><div class="comment-content"><div class="comment-meta"><span class="commenter-name"><a href="https://substack.com/@c${i}">${
      ssComments[i]
    }</a></span><a class="comment-timestamp" href="/p/the-bakery/comment/${i}">${ssComments[i + 1]}</a></div><div
class="comment-body"><p>${ssComments[i + 2]}</p>
</div>${i === 0 ? `<div class="comment-liked-by">${ssComments[3]}</div>` : ''}<div class="comment-actions"><button class="like-button">Like</button><button
class="reply-button">Reply</button><button class="share-button">Share</button></div></div></div>`,
  )
  .join('\n')}</div><a class="more-comments" href="/p/the-bakery/comments">35 more comments...</a></div></div></div>
<div class="post-end-cta-full"><h3 class="ready-for-more">Ready for more?</h3><form class="subscription-widget-subscribe"><input type="email"
placeholder="Type your email…"><input type="submit" class="button primary" value="Subscribe"></form></div></div></div></div></div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="container"><div class="footer-terms"><span class="copyright">${ssFooter[0]}</span>
<a href="https://substack.com/privacy">${ssFooter[1]}</a> ∙ <a href="https://substack.com/tos">${ssFooter[2]}</a> ∙ <a
href="https://substack.com/ccpa#personal-data-collected">${ssFooter[3]}</a></div><a class="footer-substack-cta" href="https://substack.com/signup">
<span>${ssFooter[4]}</span></a><a class="footer-app-cta" href="https://substack.com/app">${ssFooter[5]}</a><div class="footer-slogan"><a
href="https://substack.com">${ssTag}</a></div></div></div></div></div>
<div class="modal sign-in-modal" hidden aria-hidden="true"><div class="modal-content"><h3>Sign in to ${ssPub}</h3><p>Enter your email to continue.</p>
<button class="button primary">Continue</button></div></div></div>
<script>window._preloads = JSON.parse("{\\"isEU\\":true,\\"pub\\":{\\"name\\":\\"The Long Table\\",\\"subdomain\\":\\"thelongtable\\"},"
+ "\\"post\\":{\\"id\\":171204}}")</script>
<script src="https://substackcdn.com/bundle/static/js/main.2f6b1a9c.js" async></script></body></html>`;
export const substackPost: TestPage = {
  html: ssHtml,
  name: 'heldout95-substack-blog',
  kind: 'blog',
  // the subtitle is body, like a dek, and so is the footnote text (its number is in neither list); the subscription widget
  // caption, the "Share" button paragraph, the image caption, the like/comment/restack counts, the comments (a blog's reader
  // comments), "Ready for more?" and the footer are furniture; the publication name in the top bar is furniture
  title: ssTitle,
  headings: [ssH1, ssH2, ssH3],
  body: texts([ssSub, ...ssP1, ...ssP2, ...ssP3, ...ssP4, ssFoot]),
  bylines: [ssAuthor, 'Sep 30, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ssPub, 'Subscribe', 'Sign in', '214', '37', '18', 'Share', ssCap, ssWidget, 'Discussion about this post', 'Comments', 'Restacks', ...ssComments,
    'Like', 'Reply', '35 more comments...', 'Ready for more?', ...ssFooter, ssTag, `Sign in to ${ssPub}`, 'Enter your email to continue.', 'Continue',
  ])],
};
