import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout393-kit.js';

/**
 * Held-out batch 393, file f: an AlphaGalileo-style release on an ASP.NET WebForms page whose main text is short (the
 * `__VIEWSTATE` form, top menu, login box, release date and embargo lines, the organisation line, the keyword / region /
 * subject metadata, attached files, contact box, "Other releases" list and footer) and a science magazine's Q&A interview on
 * Ghost (site nav, tag kicker, excerpt, author and date with reading time, feature image caption, bold questions and answers,
 * an edited-for-length note, author bio card, "Read more" post feed, the Portal sign-up call and footer).
 */
const aTitle = 'Recycled glass sand performs as well as river sand in concrete paving slabs';
const aBody = [
  j(
    'Crushed waste glass can replace up to half of the natural sand in concrete paving slabs without making them weaker or less',
    'durable, engineers at the Ostravel technical university’s building materials institute have found.',
  ),
  j(
    'The team produced 1,200 slabs with different shares of glass sand and exposed them to 150 freeze-thaw cycles, salt spray and',
    'heavy-wheel loading. Slabs containing up to 50 percent glass met every requirement of the national paving standard, and those',
    'with 30 percent glass were slightly stronger than the ordinary mix.',
  ),
  j(
    '“Glass that cannot be recycled into new bottles usually ends up in landfill,” said project leader Dr. Vera Kolínská. “At the same',
    'time, river sand is becoming scarce. Using one to replace the other solves two problems.”',
  ),
  j(
    'The researchers found that grinding the glass finely enough was the key to avoiding an unwanted reaction between glass and',
    'cement. A regional paving manufacturer will begin a pilot production run in the autumn.',
  ),
];
const aNav = ['Home', 'Releases', 'Events', 'Experts', 'For journalists', 'For organisations'];
const aMeta: readonly (readonly [string, string])[] = [
  ['Keywords', 'concrete; recycling; glass waste; sand; construction materials'],
  ['Regions', 'Europe, Ostravel'],
  ['Subjects', 'Applied science, Engineering, Environment'],
  ['Languages', 'English, Czech'],
];
const aOther = [
  'Wooden bridges monitored by fibre sensors for a decade',
  'New coating keeps solar panels free of dust in deserts',
  'Students design a low-cost water filter from coffee grounds',
];
const aFoot = ['About BetaKepler', 'Terms of use', 'Privacy notice', 'Contact the helpdesk'];
const aHtml = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta charset="utf-8"><title>BetaKepler &gt; Item Display</title>
<meta name="description" content="${aTitle}"><meta property="og:title" content="${aTitle}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${aTitle}","datePublished":"2026-09-02"}</script>
<link href="/Content/site.min.css" rel="stylesheet"></head>
<body><form method="post" action="./Item-Display.aspx?ItemId=260902" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBAIBDw8WAh4=">
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAOfq0sVh1Y="></div>
<script type="text/javascript">//<![CDATA[
var theForm = document.forms['form1'];function __doPostBack(eventTarget, eventArgument) {theForm.__EVENTTARGET.value = eventTarget;theForm.submit();}
//]]></script>
<div id="header"><a id="ctl00_lnkLogo" href="/"><img src="/Images/logo.png" alt="BetaKepler - the research news service"></a>
<ul id="topnav">${links(aNav)}</ul>
<div id="ctl00_pnlLogin" class="login-box"><a id="ctl00_lnkLogin" href="/Login.aspx">Log in</a> | <a href="/Register.aspx">Register</a></div></div>
<div id="ctl00_ContentPlaceHolder1_pnlItem" class="item-display">
<div class="item-dates"><span id="ctl00_ContentPlaceHolder1_lblReleaseDate" class="release-date">Release date: 02 September 2026</span>
<span id="ctl00_ContentPlaceHolder1_lblEmbargo" class="embargo">Embargo: none</span></div>
<h1 id="ctl00_ContentPlaceHolder1_lblTitle" class="item-title">${aTitle}</h1>
<div id="ctl00_ContentPlaceHolder1_lblOrg" class="item-org">Technical University of Ostravel</div>
<div id="ctl00_ContentPlaceHolder1_pnlBody" class="release-body">
${ps(aBody)}
</div>
<table id="ctl00_ContentPlaceHolder1_tblMeta" class="item-meta"><tbody>
${aMeta.map(([k, v]) => `<tr><th>${k}</th> <td>${v}</td></tr>`).join('\n')}
</tbody></table>
<div class="attachments"><h3>Attached files</h3><ul>${lis(['Slab testing rig (photo, 2.1 MB)', 'Summary of results (PDF, 340 KB)'])}</ul></div>
<div class="contact-box"><h3>Contact information</h3><p>Jakub Vrána</p><p>Communications Office</p><p>Technical University of Ostravel</p>
<p>jakub.vrana@tuo.example</p></div>
<div class="share"><a href="#">Share this release</a> <a href="#">Print</a> <a href="#">Email a friend</a></div>
<div class="other-releases"><h3>Other releases from this organisation</h3><ul>${links(aOther)}</ul></div></div>
<div id="footer"><ul>${links(aFoot)}</ul><p>BetaKepler is not responsible for the content of releases posted by its members.</p>
<p>© BetaKepler Ltd 2026</p></div>
<div id="cookieNotice" class="cookie-notice"><p>This site uses cookies. By continuing to browse you agree to our use of cookies.</p>
<input type="submit" name="ctl00$btnCookieOk" value="OK" id="ctl00_btnCookieOk"><a href="/Cookies.aspx">Find out more</a></div>
</form></body></html>`;
const alphagalileo: TestPage = {
  name: 'heldout393-alphagalileo-news',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: [],
  body: texts(aBody),
  bylines: ['Release date: 02 September 2026', 'Technical University of Ostravel'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...aNav, 'Log in', 'Register', 'Embargo: none', ...aMeta.flat(), 'Attached files', 'Slab testing rig (photo, 2.1 MB)',
    'Summary of results (PDF, 340 KB)', 'Contact information', 'Jakub Vrána', 'Communications Office', 'jakub.vrana@tuo.example', 'Share this release',
    'Print', 'Email a friend', 'Other releases from this organisation', ...aOther, ...aFoot,
    'BetaKepler is not responsible for the content of releases posted by its members.', '© BetaKepler Ltd 2026',
    'This site uses cookies. By continuing to browse you agree to our use of cookies.', 'Find out more',
  ],
};

const gTitle = '“The ice is talking, and we finally have the microphones”';
const gExcerpt = 'Glaciologist Ysolde Fairbanks on listening to glaciers crack, and what the sounds reveal about how fast they are melting.';
const gBody = [
  j(
    'Ysolde Fairbanks spends her summers on the Tarrow Glacier with an array of seismometers and underwater microphones. Her team',
    'records thousands of tiny cracks and pops every day, and has started to turn those sounds into a running measure of how the',
    'glacier is changing. We spoke to her about the noise of melting ice.',
  ),
  '<strong>What does a glacier actually sound like?</strong>',
  j(
    'It is much louder than people expect. Close to the front, where the ice meets the sea, there is a constant fizzing from air bubbles',
    'escaping as the ice melts. Underneath that you hear cracks, some like a snapped twig and some like a cannon. When a big block falls',
    'into the water, the microphones pick it up kilometres away.',
  ),
  '<strong>Why listen rather than just look?</strong>',
  j(
    'Cameras and satellites are wonderful, but they mostly see the surface, and they struggle in fog or the polar night. Sound travels',
    'through the ice and the water whatever the weather. It lets us follow what is happening inside the glacier and below the waterline,',
    'which is where a lot of the melting takes place.',
  ),
  '<strong>What have you learned so far?</strong>',
  j(
    'The clearest result is that the fizzing gets louder as the water warms. We can now use the loudness of that sound to estimate how',
    'quickly the front is melting, hour by hour. Over the last three summers, the melt rate at the front has roughly doubled during warm',
    'spells, which we had not been able to see with monthly satellite images.',
  ),
  '<strong>Is there a moment from the field that stays with you?</strong>',
  j(
    'One night a section of ice the size of a football stadium broke off. We heard it start to crack almost forty minutes before it',
    'fell. That was when I realised we might one day be able to give warnings to boats working near glacier fronts.',
  ),
  '<strong>What comes next?</strong>',
  j(
    'We want to put microphones on more glaciers and share the recordings openly. We are also working with a school in Tarrow Bay whose',
    'students listen to the live feed and flag unusual sounds. They are very good at it, honestly better than our software.',
  ),
];
const gNav = ['Home', 'Features', 'Interviews', 'Podcast', 'About'];
const gRelated = ['Inside the lab that grows snowflakes on demand', 'What tree rings say about a forgotten drought', 'The quiet science of counting krill'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${gTitle}</title>
<meta name="description" content="${gExcerpt}"><meta name="generator" content="Ghost 5.82"><meta property="og:type" content="article">
<meta property="article:tag" content="Q&amp;A"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=3b2f0c1e9a">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${gTitle}","datePublished":"2026-10-14T08:00:00.000Z",
"author":{"@type":"Person","name":"Callum Prideaux"},"publisher":{"@type":"Organization","name":"Undercurrent"}}</script>
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://undercurrent.example/"></script></head>
<body class="post-template tag-interviews tag-hash-import has-sans-title"><div class="gh-site">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><a class="gh-head-logo" href="https://undercurrent.example">Undercurrent</a>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<main id="gh-main" class="gh-main"><article class="gh-article post tag-interviews">
<header class="gh-article-header gh-canvas"><a class="gh-article-tag" href="/tag/interviews/">Q&amp;A</a>
<h1 class="gh-article-title is-title">${gTitle}</h1><p class="gh-article-excerpt is-body">${gExcerpt}</p>
<div class="gh-article-meta"><div class="gh-article-author-image"><img src="/content/images/callum.jpg" alt="Callum Prideaux"></div>
<div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name"><a href="/author/callum/">Callum Prideaux</a></h4>
<div class="gh-article-meta-content"><time class="gh-article-meta-date" datetime="2026-10-14">Oct 14, 2026</time>
<span class="gh-article-meta-length"><span class="bull">—</span> 6 min read</span></div></div></div>
<figure class="gh-article-image"><img src="/content/images/2026/10/tarrow-front.jpg" alt="">
<figcaption>Hydrophones being lowered near the Tarrow Glacier front. Photo: Undercurrent / Saoirse Lynd</figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${ps(gBody)}
<p><em>This interview has been edited for length and clarity.</em></p>
</section></article>
<section class="gh-author-card"><h4>Callum Prideaux</h4><p>Callum writes about the polar regions and the people who study them.</p></section>
<section class="gh-container is-grid gh-outer"><h2 class="gh-container-title">Read more</h2><div class="gh-feed">${gRelated
  .map((t) => `<article class="gh-card post"><a class="gh-card-link" href="/"><h3 class="gh-card-title">${t}</h3></a></article>`)
  .join('\n')}</div></section>
<section class="gh-cta"><h2>Get every new story in your inbox</h2><p>Join 18,000 readers. Free, every other Thursday.</p>
<a href="#/portal/signup" data-portal="signup">Subscribe</a></section></main>
<footer class="gh-foot outer"><p>Undercurrent © 2026</p><p><a href="https://ghost.example/" target="_blank" rel="noopener">Powered by Ghost</a></p>
</footer></div><script src="/assets/built/source.js?v=3b2f0c1e9a"></script></body></html>`;
const interview: TestPage = {
  name: 'heldout393-ghost-magazine-qa-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: texts([gExcerpt, ...gBody]),
  bylines: ['Callum Prideaux', 'Oct 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Undercurrent', ...gNav, 'Sign in', 'Subscribe', 'Q&A', '6 min read',
    'Hydrophones being lowered near the Tarrow Glacier front. Photo: Undercurrent / Saoirse Lynd',
    'This interview has been edited for length and clarity.', 'Callum writes about the polar regions and the people who study them.', 'Read more', ...gRelated,
    'Get every new story in your inbox', 'Join 18,000 readers. Free, every other Thursday.', 'Undercurrent © 2026', 'Powered by Ghost',
  ],
};

export const HELDOUT393_F: readonly TestPage[] = [alphagalileo, interview];
