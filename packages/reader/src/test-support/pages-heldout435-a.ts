import { links, ps, type TestPage, texts } from './page-kit.js';
import { lions } from './pages-heldout435-a2.js';
import { j } from './pages-heldout435-kit.js';

/**
 * Held-out batch 435, file a: a Rotary club's weekly bulletin story on ClubRunner (club header, top menu, bulletin
 * banner with volume and date, story author, share links, sidebar with upcoming speakers, bulletin editor and
 * download links, cookie notice, ClubRunner footer) and, from file a2, a Lions club's project page on Squarespace.
 */
const rTitle = 'Fireside Evening Raises Funds for the Kettleford Reading Garden';
const rHeads = ['What the money will buy', 'Next steps', 'Thanks'];
const rP1 = [
  j(
    'Forty-two members, partners and friends crowded into the back room of the Miller&rsquo;s Rest on Tuesday for our first',
    'fireside evening of the year, and by the time the last raffle ticket was drawn we had raised £1,860 for the',
    'reading garden planned behind Kettleford Library.',
  ),
  j(
    'President Harriet Colebrook opened the evening by reminding us that the garden began as a throwaway remark at a',
    'committee meeting last spring. The librarians wanted somewhere children could read outdoors in summer, and the county',
    'council had a strip of rough ground behind the building that nobody used. Eleven months later the club has a site',
    'plan, a signed licence from the council and, as of this week, most of the money it needs.',
  ),
  j(
    'Our speaker, the head librarian Oswin Tharp, talked about the summer reading challenge, which more than three hundred',
    'local children joined last year. He said many of them have nowhere quiet to read at home, and that a sheltered space',
    'with benches and planting would let the library run story sessions outdoors from May to September.',
  ),
];
const rList = [
  'Six hardwood benches made by the woodwork group at Kettleford Men&rsquo;s Shed',
  'A timber pergola with climbing roses and a shade sail for hot afternoons',
  'Raised beds at wheelchair height, planted with herbs the children can touch and smell',
  'A lockable book box so that the library can leave stock outside during sessions',
];
const rP2 = [
  j(
    'Together with the £3,400 already pledged by the district grant and the parish council, the fireside total brings',
    'the fund to £5,260 against a budget of £6,000. Treasurer Ruth Amberley expects the remaining gap to be',
    'closed by the Christmas collection at the supermarket.',
  ),
];
const rP3 = [
  j(
    'Groundwork begins on the first Saturday of next month. We need at least ten volunteers for the clearing day, with',
    'gloves and spades if you have them; the Men&rsquo;s Shed will bring a skip and the council has agreed to take away',
    'green waste. Please add your name to the sheet on the welcome table or reply to this bulletin.',
  ),
  j('Planting will follow in early spring once the beds are built, and the club hopes to open the garden with a', 'children&rsquo;s reading afternoon in May.'),
];
const rP4 = [
  j(
    'Our thanks go to the landlord of the Miller&rsquo;s Rest for the room and the mulled apple juice, to everyone who gave',
    'a raffle prize, and to Fergus Dunmore, whose quiz on local history was fiendish and, by general agreement, the best of',
    'the year.',
  ),
];
const rNav = ['Home', 'About Us', 'Events', 'Speakers', 'Bulletins', 'Photo Albums', 'Contact Us'];
const rSpeakers = [
  'Nov 18: Canal restoration on the Kettle Navigation',
  'Nov 25: Club assembly and budget review',
  'Dec 02: Carol singing at Oakfield care home',
];
const rSide = ['Download Bulletin (PDF)', 'View Past Bulletins', 'Subscribe to Bulletin'];
const rFoot = ['Privacy Policy', 'Terms of Use', 'Member Login'];
const rHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${rTitle} | Rotary Club of Kettleford</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Weekly bulletin of the Rotary Club of Kettleford">
<meta property="og:title" content="${rTitle}"><meta property="og:site_name" content="Rotary Club of Kettleford">
<link rel="stylesheet" href="https://site.clubrunner.example/Content/themes/cr4/site.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${rTitle}",
"datePublished":"2025-11-12","author":{"@type":"Person","name":"Leonie Fairbrass"},"publisher":{"@type":"Organization",
"name":"Rotary Club of Kettleford"}}</script>
<script>var CR = CR || {}; CR.accountId = 48213; CR.siteType = "club"; CR.culture = "en-GB";</script>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-KTF4821"></script></head>
<body class="cr-body bulletin-page theme-azure"><form method="post" action="./Stories" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTE0Mjg5ODQ2NWRk"></div>
<div id="TopBar" class="top-bar"><div class="container"><a class="login-link" href="/Login">Member Login</a></div></div>
<header class="header-container"><div class="container"><div class="header-logo"><a href="/"><img src="/Data/48213/logo.png"
alt="Rotary Club of Kettleford"></a></div>
<div class="header-club-name"><span class="club-name">Rotary Club of Kettleford</span><span class="club-district">District 1190</span></div>
<nav class="navbar navbar-default cr-nav" role="navigation"><ul class="nav navbar-nav">${links(rNav, 'nav-item')}</ul></nav></div></header>
<div class="container page-content"><div class="row"><div class="col-md-8 main-column">
<div class="BulletinHeader"><div class="bulletin-banner"><span class="bulletin-volume">Volume 61, Issue 19</span>
<span class="bulletin-date">November 12, 2025</span></div></div>
<div class="StoryContainer" id="story-17322"><div class="story-header"><h1 class="story-title">${rTitle}</h1>
<div class="story-author">By <span class="author-name">Leonie Fairbrass</span> on <span class="story-date">Nov 12, 2025</span></div></div>
<div class="story-image"><img src="/Data/48213/images/fireside.jpg" alt="Members at the fireside evening">
<div class="story-image-caption">Members and partners at the Miller&rsquo;s Rest. Photo: Club archive</div></div>
<div class="StoryContent">
${ps(rP1)}
<h3>${rHeads[0]}</h3>
<p>The money will pay for the first phase of the garden:</p>
<ul>${rList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(rP2)}
<h3>${rHeads[1]}</h3>
${ps(rP3)}
<h3>${rHeads[2]}</h3>
${ps(rP4)}
</div>
<div class="story-share"><span class="share-label">Share this story</span><a class="share-facebook" href="#">Facebook</a>
<a class="share-twitter" href="#">Twitter</a><a class="share-email" href="#">Email</a></div>
<div class="story-nav"><a href="/Stories/17321" class="prev-story">« Previous Story</a><a href="/Stories/17323"
class="next-story">Next Story »</a></div></div></div>
<aside class="col-md-4 sidebar"><div class="widget widget-speakers"><h4 class="widget-title">Upcoming Speakers</h4>
<ul>${links(rSpeakers, 'speaker-item')}</ul></div>
<div class="widget widget-editor"><h4 class="widget-title">Bulletin Editor</h4><p class="editor-name">Leonie Fairbrass</p></div>
<div class="widget widget-bulletin"><h4 class="widget-title">Bulletin Downloads</h4><ul>${links(rSide)}</ul></div>
<div class="widget widget-meeting"><h4 class="widget-title">Weekly Meeting</h4><p>Tuesdays 12:30 at the Miller&rsquo;s Rest, Mill Lane, Kettleford</p></div>
</aside></div></div>
<footer class="footer-container"><div class="container"><ul class="footer-links">${links(rFoot)}</ul>
<p class="copyright">© 2025 Rotary Club of Kettleford. All rights reserved.</p>
<p class="powered-by">Powered by <a href="https://www.clubrunner.example">ClubRunner</a></p></div></footer>
<div id="cookieConsent" class="cookie-consent"><p>This site uses cookies to improve your experience. By continuing you accept our use of cookies.</p>
<button class="btn btn-primary" id="cookieAccept">Accept</button><a href="/privacy">Learn more</a></div></form>
<script src="https://site.clubrunner.example/Scripts/cr4.bundle.js"></script></body></html>`;
const clubrunner: TestPage = {
  name: 'heldout435-clubrunner-news',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: rHeads,
  body: texts([...rP1, 'The money will pay for the first phase of the garden:', ...rList, ...rP2, ...rP3, ...rP4]),
  bylines: ['Volume 61, Issue 19', 'November 12, 2025', 'By Leonie Fairbrass on Nov 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Member Login', 'Rotary Club of Kettleford', 'District 1190', ...rNav, 'Members and partners at the Miller’s Rest. Photo: Club archive',
    'Share this story', 'Facebook', 'Twitter', 'Email', '« Previous Story', 'Next Story »', 'Upcoming Speakers', ...rSpeakers, 'Bulletin Editor',
    'Leonie Fairbrass',
    'Bulletin Downloads', ...rSide, 'Weekly Meeting', 'Tuesdays 12:30 at the Miller’s Rest, Mill Lane, Kettleford', 'Privacy Policy', 'Terms of Use',
    '© 2025 Rotary Club of Kettleford. All rights reserved.', 'Powered by ClubRunner',
    'This site uses cookies to improve your experience. By continuing you accept our use of cookies.', 'Accept', 'Learn more',
  ],
};

export const HELDOUT435_A: readonly TestPage[] = [clubrunner, lions];
