import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout704-kit.js';

/**
 * Held-out batch 704, file c: a cycling analysis post on Substack (subscribe widget and share button inside the body,
 * footnote, comments), and a basketball analysis post on a Vox Media Chorus team site in the SB Nation style (dek, related
 * list and newsletter box inside the body, a data table).
 */
const sTitle = 'The Hellingen Classic is won on the cobbles, not the climbs';
const sSub = 'Ten years of race data say the selection happens on the flat. So why does everyone keep attacking on the Kapelberg?';
const sOpen = [
  j(
    'Every April the same thing happens. The television pictures cut to the Kapelberg, the crowds are ten deep on the cobbled ramp,',
    'somebody attacks, and the commentators tell us the race is breaking up. Then, forty kilometres later, a group of twenty comes',
    'back together on the flat roads to Hellingen and the race starts again.',
  ),
  j(
    'I spent the winter going through the last ten editions of the race, kilometre by kilometre, using the timing splits the',
    'organisers publish and the GPS files riders upload afterwards.<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM"',
    'id="footnote-anchor-1" href="#footnote-1" target="_self">1</a> What I found surprised me, and I think it should change how we',
    'watch the race.',
  ),
];
const sSplit = [
  j(
    'In eight of the last ten editions, the winning move formed on one of the three flat cobbled sectors after the final climb, not',
    'on a climb. The exceptions were 2019, when the race was neutralised after a crash on the Kapelberg, and 2023, when Jonas Weerts',
    'rode away alone on the Molenhoek and nobody could follow.',
  ),
];
const sSectors = [
  'Sector 4, Zandstraat (2.1 km): the winning move formed here four times',
  'Sector 3, Oude Kerkweg (1.6 km): three times',
  'Sector 2, Veldpad (900 m): once',
];
const sThin = j(
  'The climbs thin the group. They do not decide it. On average, 31 riders crest the Kapelberg together, and 27 of them are still',
  'in contact at the foot of Zandstraat.',
);
const sWhy = [
  j(
    'The short answer is speed. On a climb everyone slows down, and the riders at the back of a group can stay close to the wheel',
    'in front. On the flat, the leaders are doing 50 km/h over stones, the draft counts for much more, and a gap of two bike lengths',
    'becomes twenty seconds in a minute.',
  ),
];
const sQuote = j(
  '“You can survive the Kapelberg on a bad day,” one team director told me last spring. “You cannot survive Zandstraat on a bad',
  'day. It finds you out.”',
);
const sPos = j(
  'Positioning matters too. The road into Zandstraat narrows to a single lane at a right-hand bend, and in nine of the ten years',
  'I looked at, the eventual winner entered the sector in the first ten riders.',
);
const sWatch = [
  j(
    'So when the attacks start on the Kapelberg this weekend, do not put the kettle on, but do not get too excited either. Watch',
    'the run into Zandstraat, 38 kilometres from the finish. Watch who is in the first ten wheels at the bend. That is where the',
    'race will be won.',
  ),
  'I’ll be on the Zandstraat sector myself this year, so if you see a woman with a laptop on a camping chair, come and say hello.',
];
const sNote = 'Thanks to the readers who sent me their files, and to the Hellingen organisers for keeping their timing archive online.';
const sCaption = 'The crowds on the Kapelberg in 2026. Photo: Ruud Verbeek';
const sCta = 'Thanks for reading The Broom Wagon! Subscribe for free to receive new posts and support my work.';
const sComment = ['Pieter K', 'Apr 9', 'Brilliant piece. Zandstraat at the bend is where I always stand and you can see the race change in front of you.'];
const sUfi = `<div class="post-ufi style-large"><div class="like-button-container post-ufi-button style-large"><button tabindex="0" type="button"
aria-label="Like (214)" aria-pressed="false" class="pencraft pc-reset pencraft post-ufi-button style-large has-label"><div
class="label">214</div></button></div>
<a role="button" href="https://broomwagon.substack.com/p/hellingen-cobbles/comments" class="post-ufi-button style-large post-ufi-comment-button has-label">
<div class="label">37</div></a><button tabindex="0" type="button" class="pencraft pc-reset pencraft post-ufi-button style-large has-label">
<div class="label">Share</div></button></div>`;
const sHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport"
content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover">
<title>The Hellingen Classic is won on the cobbles, not the climbs - by Saskia Veldhuis</title>
<meta name="description" content="${sSub}"><meta property="og:type" content="article"><meta property="og:title" content="${sTitle}">
<meta property="og:site_name" content="The Broom Wagon"><meta name="author" content="Saskia Veldhuis">
<link rel="stylesheet" type="text/css" href="https://substackcdn.com/bundle/theme/main.4b2f.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","url":"https://broomwagon.substack.com/p/hellingen-cobbles",
"headline":"${sTitle}","description":"${sSub}","datePublished":"2027-04-08T06:02:11+00:00","isAccessibleForFree":true,
"author":[{"@type":"Person","name":"Saskia Veldhuis","url":"https://substack.com/@saskiav"}]}</script>
<script>window._preloads = JSON.parse("{\\"isEU\\":true,\\"language\\":\\"en\\",\\"pub\\":{\\"name\\":\\"The Broom Wagon\\"}}")</script>
</head><body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg"><div
class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA">
<div data-testid="navbar" class="main-menu"><div class="main-menu-content"><div class="topbar-content"><div class="navbar-title">
<h1 class="navbar-title-link"><a href="/">The Broom Wagon</a></h1></div><div class="navbar-buttons"><button
class="button primary subscribe-cta">Subscribe</button>
<button class="button sign-in-link">Sign in</button></div></div></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">${sTitle}</h1><h3 dir="auto" class="subtitle subtitle-HEEcLo">${sSub}</h3>
<div class="pencraft pc-display-flex pc-gap-12 pc-paddingTop-16 pc-paddingBottom-16 pc-justifyContent-space-between pc-alignItems-center">
<div class="pencraft pc-display-flex pc-gap-12 pc-alignItems-center"><div class="pencraft pc-display-flex pc-flexDirection-column">
<div class="pencraft pc-reset color-pub-primary-text-NyXPlw line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC
transform-uppercase-yKDgcq">
<span class="profile-hover-card-target"><a href="https://substack.com/@saskiav" class="pencraft pc-reset decoration-hover-underline-ClDVps">Saskia Veldhuis</a>
</span></div><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx meta-EgzBVA">Apr 08, 2027</div>
</div></div></div>${sUfi}</div>
<div class="available-content"><div dir="auto" class="body markup">${ps(sOpen)}
<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank"
href="https://substackcdn.com/image/fetch/kapelberg.jpeg"
data-component-name="Image2ToDOM"><div class="image2-inset"><picture><img src="https://substackcdn.com/image/fetch/w_1456/kapelberg.jpeg" width="1456"
height="970"
alt="" class="sizing-normal" loading="lazy"></picture></div></a><figcaption class="image-caption">${sCaption}</figcaption></figure></div>
<h2 class="header-anchor-post">Where the race actually splits<div
class="pencraft pc-display-flex pc-alignItems-center pc-position-absolute header-anchor-parent">
<div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><div id="§where-the-race-actually-splits" class="pencraft pc-reset header-anchor offset-top">
</div><button aria-label="Link" class="pencraft pc-reset header-anchor-button"></button></div></div></h2>
${ps(sSplit)}<ul>${lis(sSectors.map((t) => `<p>${t}</p>`))}</ul><p>${sThin}</p>
<div class="subscription-widget-wrap-editor"
data-attrs="{&quot;url&quot;:&quot;https://broomwagon.substack.com/subscribe?&quot;,&quot;language&quot;:&quot;en&quot;}"
data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">${sCta}</p></div>
<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1">
<input type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-input"></div><div
class="fake-button"></div></div>
</form></div></div>
<h2 class="header-anchor-post">Why the flat cobbles hurt more</h2>${ps(sWhy)}<blockquote><p>${sQuote}</p></blockquote><p>${sPos}</p>
<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;https://broomwagon.substack.com/p/hellingen-cobbles?utm_source=substack&amp;action=share&quot;}"
data-component-name="ButtonCreateButton"><a class="button primary"
href="https://broomwagon.substack.com/p/hellingen-cobbles?utm_source=substack&amp;action=share"><span>Share</span></a></p>
<h2 class="header-anchor-post">What to watch on Sunday</h2>${ps(sWatch)}
<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number" contenteditable="false"
target="_self">1</a>
<div class="footnote-content"><p>${sNote}</p></div></div></div></div>
<div class="visibility-check"></div><div class="post-footer">${sUfi}</div></article>
<div id="discussion" class="comments-page"><div class="container"><h4 class="comments-heading">Discussion about this post</h4>
<div class="pencraft pc-display-flex pc-gap-8"><button class="pencraft pc-reset tab-selected">Comments</button><button
class="pencraft pc-reset">Restacks</button></div>
<div class="comment-list"><div class="comment"><div class="comment-content"><div class="comment-meta"><span class="commenter-name"><a
href="https://substack.com/@pieterk">
${at(sComment, 0)}</a></span><span class="comment-date">${at(sComment, 1)}</span></div><div class="comment-body"><p>${at(sComment, 2)}</p></div>
<div class="comment-actions"><button class="like-button">Like</button><button class="comment-reply">Reply</button></div></div></div></div></div></div>
</div></div></div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="ready-for-more"><p class="ready-for-more-title">Ready for more?</p>
<button class="button primary subscribe-cta">Subscribe</button></div><div class="footer-terms"><span class="copyright">© 2027 Saskia Veldhuis</span>
<a href="https://substack.com/privacy">Privacy</a> ∙ <a href="https://substack.com/tos">Terms</a> ∙ <a
href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></div>
<div class="footer-buttons"><a href="https://substack.com/signup?utm_source=substack" class="button">Start writing</a><a href="https://substack.com/app"
class="button">Get the app</a></div>
<div class="footer-slogan"><a href="https://substack.com">Substack</a> is the home for great culture</div></div></div></div></div></div>
<script src="https://substackcdn.com/bundle/assets/entry-2c1a.js" charset="utf-8" defer></script></body></html>`;
const substack: TestPage = gold({
  name: 'heldout704-substack-cycling-cobbles',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: ['Where the race actually splits', 'Why the flat cobbles hurt more', 'What to watch on Sunday'],
  body: texts([sSub, ...sOpen, ...sSplit, ...sSectors, sThin, ...sWhy, sQuote, sPos, ...sWatch]),
  bylines: ['Saskia Veldhuis', 'Apr 08, 2027', at(sComment, 0), at(sComment, 1)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Broom Wagon', 'Subscribe', 'Sign in', '214', '37', 'Share', sCaption, sCta, '1', sNote, 'Discussion about this post', 'Comments', 'Restacks',
    at(sComment, 2), 'Like', 'Reply', 'Ready for more?', '© 2027 Saskia Veldhuis', 'Privacy', 'Terms', 'Collection notice', 'Start writing',
    'Get the app', 'Substack is the home for great culture',
  ],
});

const vTitle = 'The Harbor Kings’ bench is finally winning games on its own';
const vDek = 'Port Halden’s second unit went from the worst in the league to one of the best in six weeks. Here is how.';
const vOpen = [
  j(
    'For the first two months of the season, the plan for the Harbor Kings was simple: get a lead with the starters, then hold on',
    'for dear life when the bench came in. It did not work. Through November, lineups featuring at least three reserves were',
    'outscored by 14.2 points per 100 possessions, the worst mark in the league.',
  ),
  j(
    'Something changed over Christmas. Since December 20, those same bench-heavy lineups are plus-6.8 per 100, fourth-best in the',
    'league, and Port Halden have gone 13-4.',
  ),
];
const vRows = [
  ['Month', 'Bench minutes per game', 'Bench net rating', 'Record'],
  ['Oct–Nov', '17.9', '−14.2', '9-13'],
  ['December', '19.4', '+1.1', '8-6'],
  ['January', '21.6', '+6.8', '11-3'],
];
const vWho = [
  j(
    'The obvious answer is Theo Marangoni. The second-year guard spent most of November with the club’s development affiliate in',
    'Saltmarsh, and since coming back he has been the steadiest ball-handler on the roster, with 41 assists and only nine turnovers',
    'in his last ten games.',
  ),
  j(
    'Less obvious, and probably more important, is the move of Kwame Osei-Baah to centre with the second unit. Osei-Baah is 6ft',
    '8in and nobody’s idea of a rim protector, but with him at the five the bench can switch every screen, and opponents have',
    'stopped getting the open corner threes that killed Port Halden early in the season.',
  ),
  j(
    'Head coach Lise Andrén credited the players for the change. “We didn’t draw up anything new,” she said after Saturday’s win',
    'over Dunmore. “They talked among themselves about how they wanted to defend, and they came to us with it. We just said yes.”',
  ),
];
const vLast = [
  j(
    'Some of it will not. The bench is shooting 41 percent from three since Christmas, and nobody believes that is sustainable for',
    'a group whose best shooter is a 35 percent career marksman. Expect the offence to cool off.',
  ),
  j(
    'But the defence looks real, and that is the part that matters in April. If Andrén can keep the starters under 32 minutes a',
    'night for the next two months, this team will be fresher than anyone in the West when the playoffs start.',
  ),
];
const vNav = ['Harbor Kings Schedule', 'Roster', 'Stats', 'Draft', 'Community Guidelines', 'Fanposts', 'Fanshots'];
const vNetwork = ['Sports', 'Teams', 'Fantasy', 'Podcasts', 'Video'];
const vFoot = ['Terms of Use', 'Privacy Notice', 'Cookie Policy', 'Do Not Sell or Share My Personal Info', 'Licensing FAQ', 'Accessibility'];
const vShare = `<div class="c-social-buttons c-social-buttons--popover"><ul><li><a class="c-social-buttons__item c-social-buttons__facebook" href="#">
<svg class="p-svg-icon" aria-hidden="true"><use xlink:href="#icon-facebook"></use></svg><span class="u-hidden-text">Share this on Facebook</span></a></li>
<li><a class="c-social-buttons__item c-social-buttons__twitter" href="#"><svg class="p-svg-icon" aria-hidden="true"></svg>
<span class="u-hidden-text">Share this on Twitter</span></a></li><li><a class="c-social-buttons__item c-social-buttons__more" href="#">
<svg class="p-svg-icon" aria-hidden="true"></svg><span class="c-social-buttons__text">Share</span></a></li></ul></div>`;
const vHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Harbor Kings bench: how Port Halden’s second unit turned it around - Tide Pool Hoops</title>
<meta name="description" content="${vDek}"><meta property="og:title" content="${vTitle}"><meta property="og:site_name" content="Tide Pool Hoops">
<meta property="article:author" content="Marcus Ellery"><meta name="parsely-section" content="Harbor Kings Analysis">
<link rel="stylesheet" media="screen" href="https://cdn.vox-cdn.com/packs/chorus/entry-6b1c.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${vTitle}","description":"${vDek}",
"author":[{"@type":"Person","name":"Marcus Ellery"}],"publisher":{"@type":"Organization","name":"Tide Pool Hoops"}}</script>
<script>var Chorus = {"Entry":{"id":24115509,"type":"Article"},"Community":{"slug":"tidepoolhoops","name":"Tide Pool Hoops"}};
window.Chorus = Chorus;</script></head>
<body class="entry-page" data-community="tidepoolhoops"><a class="u-hidden-text c-skip-link" href="#content">Skip to main content</a>
<div class="l-root l-reskin"><div class="c-global-header" data-cid="site/global_header"><div class="c-global-header__logo">
<a href="https://www.sidelinenation.com" class="c-global-header__logo-large">Sideline Nation</a></div>
<ul class="c-global-header__links">${links(vNetwork, 'c-global-header__link')}</ul><div class="c-global-header__user"><a href="#"
class="c-global-header__login">Login</a>
<a href="#" class="c-global-header__signup">Sign Up</a></div></div>
<header class="l-header"><div class="c-masthead"><a href="/" class="c-masthead__main"><span class="c-masthead__title">Tide Pool Hoops</span></a>
<p class="c-masthead__tagline">A Port Halden Harbor Kings community</p></div>
<nav class="c-nav-list" data-cid="site/nav_list"><ul>${links(vNav, 'c-nav-list__item')}</ul></nav></header>
<div class="l-segment l-main-content"><div class="c-entry-hero c-entry-hero--default "><div class="c-entry-group-labels c-entry-group-labels--hero">
<span class="c-entry-group-labels__label">Filed under:</span><ul class="c-entry-group-labels__list"><li class="c-entry-group-labels__item">
<a href="/harbor-kings-analysis"><span>Harbor Kings Analysis</span></a></li></ul></div>
<h1 class="c-page-title">${vTitle}</h1><h2 class="c-entry-summary p-dek">${vDek}</h2>
<div class="c-byline" data-cid="site/byline"><span class="c-byline__item"><span class="c-byline-wrapper">By <span
class="c-byline__author-name">Marcus Ellery</span>
<a href="https://twitter.com/m_ellery" class="c-byline__twitter-handle">@m_ellery</a></span></span>
<span class="c-byline__item"><time class="c-byline__item" data-ui="timestamp" datetime="2027-02-03T18:30:00+00:00">Feb 3, 2027, 10:30am PST</time></span>
<span class="c-byline__item"><a class="c-entry-stat--comment" href="#comments"><span class="c-entry-stat__comment-data"
data-comment-count="63">63 comments</span>
<span class="c-entry-stat__comment-data--new">/ new</span></a></span></div>
<div class="c-entry-hero__lede"><figure class="e-image e-image--hero"><span class="e-image__inner"><span class="e-image__image">
<img alt="Theo Marangoni drives against Dunmore" src="https://cdn.vox-cdn.com/thumbor/marangoni.jpg"></span></span><figcaption><span class="e-image__meta">
<cite>Photo by Ana Lidwell/Vantage Images</cite></span></figcaption></figure></div>${vShare}</div>
<div class="l-col__main"><div class="c-entry-content " data-cid="site/article_body">${ps(vOpen)}
<aside id="jdUfRi" class="c-related-list"><h3 class="c-related-list__head"><span>Related</span></h3><ul>
<li><a href="/2027/1/18/marangoni-second-chance">Marangoni is making the most of his second chance</a></li></ul></aside>
<h3>What the numbers say</h3><div class="p-table"><table><tbody>${vRows
  .map((r, i) => `<tr>${r.map((c) => (i === 0 ? `<th>${c}</th>` : `<td>${c}</td>`)).join('\n')}</tr>`)
  .join('\n')}</tbody></table></div><p><em>Source: league lineup data, through February 2.</em></p>
<h3>Who is doing it</h3>${ps(vWho)}
<div class="c-newsletter_signup_box" data-cid="site/newsletter_signup_box"><div class="c-newsletter_signup_box--form">
<h5 class="c-newsletter_signup_box--title">Sign up for the newsletter <span>Tide Pool Hoops Daily Roundup</span></h5>
<p class="c-newsletter_signup_box--subtitle">A daily roundup of Port Halden Harbor Kings news from Tide Pool Hoops</p>
<form><fieldset><input name="email" type="email" placeholder="Email (required)"><button class="c-newsletter_signup_box--button" type="submit">SUBSCRIBE</button>
</fieldset><p class="c-newsletter_signup_box--disclaimer">By submitting your email, you agree to our Terms and Privacy Notice. You can opt out at any time.</p>
</form></div></div>
<h3>Can it last?</h3>${ps(vLast)}</div>
<div class="c-entry-footer">${vShare}<div class="c-entry-footer__stats"><a class="c-entry-stat--comment" href="#comments">63 comments</a></div></div>
<div class="c-comments" id="comments"><h3 class="c-comments__title">Loading comments...</h3></div></div>
<div class="l-col__sidebar"><div class="c-rock-list"><h2 class="c-rock-list__title">More From Tide Pool Hoops</h2><ul>
<li><a href="/2027/2/1/trade-deadline-preview">Trade deadline preview: three targets for Port Halden</a></li>
<li><a href="/2027/1/30/harbor-kings-dunmore-recap">Harbor Kings 112, Dunmore 104: Osei-Baah owns the fourth</a></li>
<li><a href="/2027/1/28/mailbag">Mailbag: is it time to extend Andrén?</a></li></ul></div></div></div>
<footer class="c-footer"><div class="c-footer__logo">Tide Pool Hoops</div><ul class="c-footer__links">${links(vFoot)}</ul>
<p class="c-footer__copyright">© 2027 Sideline Nation Media. All Rights Reserved.</p></footer></div>
<script src="https://cdn.vox-cdn.com/packs/chorus/entry-6b1c.js" defer></script></body></html>`;
const chorus: TestPage = gold({
  name: 'heldout704-chorus-basketball-bench',
  kind: 'blog',
  html: vHtml,
  title: vTitle,
  headings: ['What the numbers say', 'Who is doing it', 'Can it last?'],
  body: texts([vDek, ...vOpen, ...vRows.map((r) => r.join(' ')), 'Source: league lineup data, through February 2.', ...vWho, ...vLast]),
  bylines: ['By', 'Marcus Ellery', '@m_ellery', 'Feb 3, 2027, 10:30am PST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sideline Nation', ...vNetwork, 'Login', 'Sign Up', 'Tide Pool Hoops', 'A Port Halden Harbor Kings community', ...vNav,
    'Filed under:', 'Harbor Kings Analysis', '63 comments', '/ new', 'Photo by Ana Lidwell/Vantage Images', 'Share this on Facebook',
    'Share this on Twitter', 'Share', 'Related', 'Marangoni is making the most of his second chance', 'Sign up for the newsletter',
    'Tide Pool Hoops Daily Roundup', 'A daily roundup of Port Halden Harbor Kings news from Tide Pool Hoops', 'SUBSCRIBE',
    'By submitting your email, you agree to our Terms and Privacy Notice. You can opt out at any time.', 'Loading comments...',
    'More From Tide Pool Hoops', 'Trade deadline preview: three targets for Port Halden', 'Harbor Kings 112, Dunmore 104: Osei-Baah owns the fourth',
    'Mailbag: is it time to extend Andrén?', ...vFoot, '© 2027 Sideline Nation Media. All Rights Reserved.',
  ],
});

export const HELDOUT704_C: readonly TestPage[] = [substack, chorus];
