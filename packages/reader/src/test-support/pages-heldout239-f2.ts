import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout239-kit.js';

/**
 * Held-out batch 239, file f2: a conference talk abstract page on a Next.js conference site that renders the Sessionize
 * full-session markup (sz-session, sz-speaker classes): the event header with menu and ticket button, "Back to agenda",
 * the session title with time, room and level, the short abstract with its takeaway list, the track and tag chips, the
 * speaker card with tagline, bio and social links, "More sessions in this track", the sponsor strip, the cookie notice and
 * the footer, with the __NEXT_DATA__ payload.
 */
const sTitle = 'Catching the Catchers: Detecting Adversary-in-the-Middle Phishing Kits at the Identity Provider';
const sAbs = [
  j(
    'Adversary-in-the-middle phishing kits have made one-time codes and push prompts far less useful: the kit relays the real login',
    'page, the victim completes multi-factor authentication, and the attacker walks away with a valid session cookie. Most',
    'detection advice still focuses on the email, which is the part that changes most often.',
  ),
  j(
    'In this talk we look at the other end of the attack. Using eighteen months of sign-in logs from a mid-sized university and a',
    'regional hospital group, we show which signals at the identity provider reliably separate relayed sign-ins from real ones,',
    'and which popular indicators produce mostly noise.',
  ),
  'You will leave with:',
];
const sTake = [
  'Five detection queries that caught every relayed sign-in in our data, with their false positive rates.',
  'A simple way to find the phishing domain from the token replay, even after the page is taken down.',
  'A checklist for moving high-risk users to phishing-resistant authentication without a big-bang rollout.',
];
const sMenu = ['Agenda', 'Speakers', 'Workshops', 'Venue', 'Sponsors', 'Code of Conduct'];
const sMore = ['Purple-teaming Entra ID conditional access', 'Session cookies are the new passwords', 'Building a phishing report button people actually use'];
const sFoot = ['Contact', 'Privacy', 'Imprint', 'Past editions'];
const sHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${sTitle} | NorthSec Harbour 2026</title>
<meta name="description" content="Adversary-in-the-middle phishing kits have made one-time codes and push prompts far less useful.">
<meta property="og:type" content="website"><meta property="og:title" content="${sTitle}"><meta name="next-head-count" content="5">
<link rel="preload" href="/_next/static/css/6b2c1a.css" as="style"><link rel="stylesheet" href="/_next/static/css/6b2c1a.css" data-n-g="">
<script src="/_next/static/chunks/webpack-4e1a.js" defer=""></script><script src="/_next/static/chunks/pages/sessions/%5Bid%5D-9d2f.js" defer=""></script>
</head><body><div id="__next"><header class="Header_header__x1Y2z"><a class="Header_logo__Qw3e4" href="/">NorthSec Harbour</a>
<nav class="Header_nav__P9o8i"><ul>${links(sMenu, 'Header_item__Lk7j6')}</ul></nav><a class="Button_primary__a8S7d" href="/tickets">Get tickets</a></header>
<main class="Session_page__Zx5c4"><a class="Session_back__Vb3n2" href="/agenda">← Back to agenda</a>
<div class="sessionize-wrapper"><div class="sz-root"><div class="sz-session sz-session--full" data-sessionid="612044">
<h1 class="sz-session__title">${sTitle}</h1>
<div class="sz-session__meta"><div class="sz-session__time" data-sztz="Europe/Oslo">Thursday, October 8, 2026, 14:00 – 14:45</div>
<div class="sz-session__room" data-roomid="3012">Hall B – Fjord Stage</div>
<div class="sz-session__level">Intermediate</div></div>
<div class="sz-session__description">
${ps(sAbs)}
<ul>
${sTake.map((t) => `<li>${t}</li>`).join('\n')}
</ul></div>
<ul class="sz-session__tags"><li class="sz-session__tag">Track: Identity &amp; Access</li>
<li class="sz-session__tag">Threat detection</li>
<li class="sz-session__tag">Talk (40 min)</li></ul>
<ul class="sz-session__speakers"><li class="sz-speaker sz-speaker--compact" data-speakerid="aa41-77">
<div class="sz-speaker__photo"><img src="https://sessionize.example/image/aa41-400o400o2.jpg" alt="Henrike Lund"></div>
<div class="sz-speaker__name">Henrike Lund</div>
<div class="sz-speaker__tagline">Detection Lead, Skagen Health Group</div>
<p class="sz-speaker__bio">Henrike builds detections for a hospital group of eleven sites and teaches incident response at the local
technical college. Before that she spent six years in a national CERT.</p>
<ul class="sz-speaker__links"><li><a class="sz-speaker__link" href="#">LinkedIn</a></li>
<li><a class="sz-speaker__link" href="#">Blog</a></li></ul></li></ul></div></div></div>
<section class="Session_more__Hg6f5"><h2>More sessions in this track</h2><ul>${links(sMore)}</ul></section>
<section class="Sponsors_strip__Df4s3"><p class="Sponsors_label__Sa2d1">Thanks to our sponsors</p><ul>
<li><img alt="Fjordline Networks" src="/sponsors/fjordline.svg"></li>
<li><img alt="Brightvale" src="/sponsors/brightvale.svg"></li></ul></section></main>
<div class="CookieNotice_root__Po9i8" role="dialog"><p>We use only necessary cookies and privacy-friendly analytics.</p><button>OK, got it</button></div>
<footer class="Footer_footer__Mn1b2"><ul>${links(sFoot)}</ul><p>© 2026 NorthSec Harbour Association · Tromsø, Norway</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"sessionId":"612044","eventSlug":"nsh-2026"}},"page":"/sessions/[id]",
"query":{"id":"612044"},"buildId":"k2H8m1","isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
export const sessionize: TestPage = {
  name: 'heldout239-sessionize-nextjs-talk-abstract',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts([...sAbs, ...sTake]),
  bylines: ['Thursday, October 8, 2026, 14:00 – 14:45', 'Henrike Lund'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'NorthSec Harbour', ...sMenu, 'Get tickets', '← Back to agenda', 'Hall B – Fjord Stage', 'Intermediate', 'Track: Identity & Access',
    'Threat detection', 'Talk (40 min)', 'Detection Lead, Skagen Health Group',
    'Henrike builds detections for a hospital group of eleven sites and teaches incident response at the local technical college.',
    'Before that she spent six years in a national CERT.', 'LinkedIn', 'Blog', 'More sessions in this track', ...sMore, 'Thanks to our sponsors',
    'We use only necessary cookies and privacy-friendly analytics.', 'OK, got it', ...sFoot, '© 2026 NorthSec Harbour Association · Tromsø, Norway',
  ],
};
