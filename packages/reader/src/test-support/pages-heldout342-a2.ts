import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout342-kit.js';

/**
 * Held-out batch 342, file a2: a fantasy football advice column on SB Nation (Vox Media's Chorus template: network bar, site
 * header, hero with title, dek and byline, social buttons, entry content with an ordered list and a pull quote, the related
 * "More from" list, Coral comments placeholder, and the Vox Media footer).
 */
const sTitle = 'Five waiver wire pickups to make before Week 11 of the Gridiron fantasy season';
const sDek = ['Injuries at running back have opened the door for a few backups. Here is who to grab, and how much of your budget to spend.'];
const sH = ['Running backs', 'Receivers and tight ends', 'Who to drop'];
const sP0 = [
  j(
    'Every fantasy season has a week where the waiver wire suddenly matters more than your draft, and for most leagues this is it.',
    'Three starting running backs left their games on Sunday, two bye weeks hit the best offences, and the trade deadline is ten days',
    'away. If you have been coasting on your top picks, now is the moment to spend.',
  ),
];
const sP1 = [
  j(
    'The obvious name is Dorian Keswick of the Marlow Foxes. With the starter out for at least a month with a knee sprain, Keswick',
    'took 19 carries on Sunday and was on the field for every goal-line snap. He is rostered in only 31 per cent of leagues.',
  ),
  j(
    'Further down the list, Ellis Frane in Port Hadley is the handcuff nobody talks about. He will not start, but he is one injury',
    'from a full workload behind one of the best offensive lines in the league.',
  ),
];
const sQuote = 'Keswick runs like a man who knows he has four weeks to earn a contract, and that is exactly who you want in your lineup.';
const sList = [
  '<strong>Dorian Keswick, RB, Marlow Foxes:</strong> spend 25 to 30 per cent of your budget.',
  '<strong>Ellis Frane, RB, Port Hadley:</strong> 5 per cent, more in leagues with deep benches.',
  '<strong>Ravi Oduya, WR, Tenby Harriers:</strong> 10 to 12 per cent.',
  '<strong>Cole Anstruther, TE, Brackley Stags:</strong> 6 per cent if you lost your starter to the bye.',
  '<strong>Brackley Stags defence:</strong> a streaming option for one week at 1 per cent.',
];
const sP2 = [
  j(
    'Ravi Oduya has quietly drawn 27 targets over the last three games for Tenby, and his quarterback is back from a shoulder problem.',
    'The yards have not come yet, but volume like that rarely stays empty for long.',
  ),
  j(
    'At tight end, Cole Anstruther caught six of seven targets against a tough secondary. The position is thin enough that anyone with',
    'a steady role is worth a bench spot, and the Stags face two of the worst pass defences over the next three weeks.',
  ),
  'Here is how I would split a standard free-agent budget this week:',
];
const sP3 = [
  j(
    'Be ruthless with players you drafted on reputation. A veteran receiver averaging four points a week is not going to turn it',
    'around because his name was on a cheat sheet in August. The same goes for kickers on teams that cannot reach the red zone.',
  ),
  j(
    'If you are out of contention, think about next year in keeper leagues instead: young players with a clear path to a starting',
    'role are worth far more to you than a one-week streamer.',
  ),
];
const sNet = ['SB Nation', 'The Verge', 'Vox', 'Polygon', 'Eater'];
const sNav = ['Fantasy', 'Gridiron', 'Rankings', 'Podcasts', 'Community'];
const sMore = [
  'Start or sit: the Week 11 quarterback decisions that will decide your matchup',
  'Fantasy rankings update: running backs who are rising after Sunday',
  'Our staff picks every Week 11 game against the spread',
];
const sFoot = ['Terms of Use', 'Privacy Notice', 'Cookie Policy', 'Do Not Sell or Share My Personal Info', 'Licensing FAQ', 'Accessibility', 'Platform Status'];
const sHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${sTitle} - Waiver Wired</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" content="Waiver Wired">
<meta property="og:type" content="article"><meta property="article:author" content="https://www.sbnation.example/authors/nadia-fairlie">
<meta name="parsely-metadata" content='{"post_id":"24718833","type":"article","section":"Fantasy"}'>
<script type="application/ld+json">[{"@context":"http://schema.org","@type":"NewsArticle","headline":"${sTitle}",
"datePublished":"2026-11-10T12:00:00-05:00","author":[{"@type":"Person","name":"Nadia Fairlie"}],"publisher":{"@type":"Organization","name":"Waiver
Wired"}}]</script>
<script>window.Chorus = window.Chorus || {}; Chorus.Context = {"entry":{"id":24718833},"network":"sbnation"};</script>
<link rel="stylesheet" href="https://cdn.vox-cdn.example/packs/sbn-chorus.css"></head>
<body class="entry_key_unison_standard entry_layout_unison_main entry_template_standard" data-entry-id="24718833">
<a class="c-skip-link" href="#content">Skip to main content</a>
<div class="c-network-bar"><div class="c-network-bar__inner"><ul class="c-network-bar__list">${links(sNet, 'c-network-bar__item')}</ul></div></div>
<header class="c-global-header" role="banner"><div class="c-global-header__logo"><a href="/"><span class="c-global-header__logo-text">Waiver Wired</span></a>
<span class="c-global-header__tagline">A fantasy football community</span></div>
<nav class="c-nav-list" role="navigation"><ul>${links(sNav, 'c-nav-list__item')}</ul></nav>
<div class="c-global-header__login"><a href="#" class="c-global-header__login-link" data-chorus-optimize-field="login">Sign in</a></div></header>
<main id="content" class="l-main-content"><div class="l-segment l-main-content"><div class="c-entry-hero c-entry-hero--default">
<div class="c-entry-group-labels"><ul class="c-entry-group-labels__list"><li class="c-entry-group-labels__item"><a href="/fantasy"><span>Filed under:</span>
<ul><li>Fantasy Football Advice</li></ul></a></li></ul></div>
<h1 class="c-page-title">${sTitle}</h1>
<p class="c-entry-summary p-dek">${sDek[0]}</p>
<div class="c-byline" data-cdata='{"timestamp":1794330000}'><span class="c-byline__item"><span class="c-byline__author-name-prefix">By</span>
<a href="/authors/nadia-fairlie"><span class="c-byline__author-name">Nadia Fairlie</span></a></span>
<span class="c-byline__item"><a href="https://twitter.example/nfairlie" class="c-byline__twitter-handle">@nfairlie</a></span>
<span class="c-byline__item"><time class="c-byline__item" datetime="2026-11-10T17:00:00+00:00">Nov 10, 2026, 12:00pm EST</time></span></div>
<div class="c-social-buttons c-social-buttons--popover"><a class="c-social-buttons__item c-social-buttons__facebook" href="#"><span
class="c-social-buttons__text">Share this story</span></a>
<ul class="c-social-buttons__list"><li><a href="#" data-analytics-social="facebook"><span class="c-social-buttons__text">Share on Facebook</span></a></li>
<li><a href="#" data-analytics-social="twitter"><span class="c-social-buttons__text">Share on Twitter</span></a></li></ul></div></div>
<div class="l-col__main"><div class="c-entry-content ">
${ps(sP0)}
<h3 id="rbs">${sH[0]}</h3>
${ps(sP1)}
<div class="c-float-left c-float-hang"><aside class="c-pullquote" data-anthem-component="pullquote"><blockquote><p>${sQuote}</p></blockquote></aside></div>
<h3 id="wrte">${sH[1]}</h3>
${ps(sP2)}
<ol>${lis(sList)}</ol>
<div class="c-read-more"><p><strong>Related</strong> <a href="#">Fantasy rankings: the Week 11 tiers for every position</a></p></div>
<h3 id="drop">${sH[2]}</h3>
${ps(sP3)}
</div>
<div class="c-entry-stat c-entry-stat--words"><p>Gambling problem? Call 1-800-GAMBLER. 21+ where legal.</p></div>
<div class="c-related-list"><h2 class="c-related-list__head">More from Waiver Wired</h2><ul>${links(sMore, 'c-related-list__item')}</ul></div>
<div class="c-comments" id="comments"><div class="c-comments__header"><h2>Comments</h2></div><div id="coral_thread" class="c-coral">Loading
comments...</div></div>
</div>
<div class="l-col__sidebar"><div class="c-newsletter_signup_box"><h2 class="c-newsletter_signup_box--title">Sign up for the newsletter The Waiver Report</h2>
<p class="c-newsletter_signup_box--subtitle">Every Tuesday: the pickups, drops and trades that will win your week.</p>
<form><input type="email" placeholder="Email (required)"><button type="submit">SUBSCRIBE</button></form></div></div></div></main>
<footer class="c-footer" role="contentinfo"><div class="c-footer__logo"><span>Waiver Wired</span></div><ul class="c-footer__links">${links(sFoot)}</ul>
<p class="c-footer__copyright">© 2026 Vox Media, LLC. All Rights Reserved</p></footer>
<script src="https://cdn.vox-cdn.example/packs/chorus-entry.js" async></script></body></html>`;
export const sbNation: TestPage = {
  name: 'heldout342-sbnation-chorus-fantasy-football-news',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([...sDek, ...sP0, ...sP1, sQuote, ...sP2, ...sList, ...sP3]),
  bylines: ['Nadia Fairlie', '@nfairlie', 'Nov 10, 2026, 12:00pm EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...sNet, 'Waiver Wired', 'A fantasy football community', ...sNav, 'Sign in', 'Filed under:', 'Fantasy Football Advice',
    'Share this story', 'Share on Facebook', 'Share on Twitter', 'Related', 'Fantasy rankings: the Week 11 tiers for every position',
    'Gambling problem? Call 1-800-GAMBLER. 21+ where legal.', 'More from Waiver Wired', ...sMore, 'Comments', 'Loading comments...',
    'Sign up for the newsletter The Waiver Report', 'Every Tuesday: the pickups, drops and trades that will win your week.', 'SUBSCRIBE',
    ...sFoot, '© 2026 Vox Media, LLC. All Rights Reserved',
  ],
};
