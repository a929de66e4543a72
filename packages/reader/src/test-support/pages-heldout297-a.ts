import { links, ps, type TestPage, texts } from './page-kit.js';
import { gofundme } from './pages-heldout297-a2.js';
import { j, lis } from './pages-heldout297-kit.js';

/**
 * Held-out batch 297, file a: a Change.org petition as its React app saves it (data-testid attributes, the starter line, the
 * signature box with its form and recent signers, "Why this petition matters" label, share bar, decision makers, reasons for
 * signing, updates teaser, cookie banner, footer) and, from file a2, a GoFundMe fundraiser.
 */
const cTitle = 'Keep Fennick Lane Library open for the children of Brackhollow';
const cStory = [
  j(
    'Fennick Lane Library has stood on the corner of Fennick Lane and Mercer Street since 1931. Last month the district council',
    'published a draft budget that would close it at the end of June and move a few shelves of books into the leisure centre two miles away.',
  ),
  j(
    'For the families on the Eastfield estate that move would end the library in all but name. Most of us do not drive, the 38 bus runs',
    'only once an hour after six, and the leisure centre charges for parking. A ten-minute walk for a child after school would become a',
    'journey most parents simply cannot make.',
  ),
  'The library is far more than a room full of books. Every week it hosts:',
  'a homework club for around forty children, run by volunteers and two members of staff;',
  'Rhyme Time for babies and toddlers on Tuesday and Thursday mornings;',
  'free computer sessions for older residents who need to book GP appointments or apply for benefits online;',
  'a warm space on winter afternoons for anyone who needs one.',
  j(
    'The council says the building needs a new roof and that closing it will save £140,000 a year. We understand that money is tight.',
    'But the friends group has already raised £22,000 towards the roof, and a local architect has offered to survey the building for free.',
    'Nobody from the council has taken up either offer.',
  ),
  j(
    'We are asking the council to do three things: pause the closure until a full consultation has been held on Eastfield itself,',
    'meet the friends group to discuss a shared plan for the roof, and publish the usage figures it relied on when drafting the budget.',
  ),
  j(
    'The budget goes to a full council vote on 9 April. Councillors have told us that the number of signatures matters, so please sign',
    'and share this with anyone who has ever borrowed a book, printed a form or sheltered from the rain at Fennick Lane.',
  ),
];
const cNav = ['Start a petition', 'My petitions', 'Browse', 'Membership'];
const cReasons = [
  'I learned to read in that library. My grandchildren deserve the same chance.',
  'The homework club kept my son on track through his exams. Closing it would be a disgrace.',
];
const cFoot = ['About', 'Impact', 'Careers', 'Team', 'Community', 'Blog', 'Press', 'Support', 'Help', 'Guides', 'Privacy', 'Terms', 'Accessibility'];
const cHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Petition · ${cTitle} - Brackhollow, United Kingdom · Change.org</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="Sign the Petition"><meta property="og:description" content="${cTitle}">
<meta property="og:site_name" content="Change.org"><meta property="og:type" content="change-org:petition">
<meta name="twitter:site" content="@change"><link rel="canonical" href="https://www.change.org/p/brackhollow-district-council-keep-fennick-lane-library-open">
<link rel="stylesheet" href="https://static.change.example/next/_next/static/css/4f1c0a2e.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${cTitle}","publisher":{"@type":"Organization",
"name":"Change.org"}}</script>
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({"page_type":"petition","petition_id":"71844302"});</script></head>
<body><div id="__next"><div class="corgi-1f2k8rq">
<header data-testid="header" class="corgi-ic7hn3"><a href="/" aria-label="Change.org homepage" class="corgi-5k1u3n"><svg role="img"></svg></a>
<nav aria-label="Primary" class="corgi-13pq7r2"><ul class="corgi-1ov0d1b">${links(cNav, 'corgi-1nx8wbe')}</ul></nav>
<div class="corgi-9p2ns1"><a href="/search" data-testid="header-search" class="corgi-1v3k9tm">Search</a>
<a href="/login_or_join" data-testid="header-login" class="corgi-1v3k9tm">Log in</a></div></header>
<main id="main" class="corgi-y5mjq4"><div data-testid="petition-page" class="corgi-1km8dsd">
<div class="corgi-1r6w0ij"><h1 data-testid="petition-title" class="corgi-1lnq5fx">${cTitle}</h1></div>
<div class="corgi-1t6m0dc"><div class="corgi-4hgq0z"><figure data-testid="petition-media" class="corgi-mm3bto">
<img src="https://assets.change.example/photos/4/fl/library-1600x900.jpg" alt="The red-brick library building on Fennick Lane">
</figure>
<div data-testid="petition-starter" class="corgi-1xq6s3b"><img class="corgi-1pqy6s2" src="https://assets.change.example/u/op.jpg" alt="">
<p class="corgi-ujhw38"><a href="/u/orla-penhallow">Orla Penhallow</a> started this petition to Brackhollow District Council</p></div>
<h2 class="corgi-bqd8mv">Why this petition matters</h2>
<div data-testid="petition-story" class="corgi-qa8ntn"><div class="corgi-rxlhfe">
${ps(cStory.slice(0, 3))}
<ul>${lis(cStory.slice(3, 7))}</ul>
${ps(cStory.slice(7))}
</div></div>
<div data-testid="petition-report" class="corgi-1a7w0gh"><button type="button" class="corgi-1c2m5sr">Report a policy violation</button></div>
<section data-testid="decision-makers" class="corgi-14pd5d7"><h2 class="corgi-1ln2m1x">Decision Makers</h2>
<ul>${lis(['Brackhollow District Council', 'Cllr Hugh Tresidder, Cabinet Member for Communities'])}</ul></section>
<section data-testid="reasons-for-signing" class="corgi-1kx3dyo"><h2 class="corgi-1ln2m1x">Reasons for signing</h2>
<ul>${cReasons
  .map(
    (r, i) => `<li class="corgi-6xq0qz"><p class="corgi-1u5kq2n">${r}</p><p class="corgi-1ehrfbi">${['Mavis Pengelly', 'Dev Rowlands'][i]}</p>
<button class="corgi-t2pn7k" aria-label="Like this comment">Like</button></li>`,
  )
  .join('\n')}</ul>
<a href="/p/keep-fennick-lane/c" class="corgi-1dbq9vq">See all reasons</a></section>
<section data-testid="petition-updates" class="corgi-1kx3dyo"><h2 class="corgi-1ln2m1x">Petition updates</h2>
<a href="/p/keep-fennick-lane/u/3320771" class="corgi-1q9rytd"><span>Council agrees to meet the friends group on 18 March</span></a>
<a href="/p/keep-fennick-lane/u/3309150" class="corgi-1q9rytd"><span>5,000 of you have signed in the first week</span></a></section>
</div>
<aside class="corgi-19ciz5c"><div data-testid="signature-count" class="corgi-o0cl1w"><p class="corgi-1x4lhcg"><strong>8,914</strong> have signed.
<span>Let’s get to 10,000!</span></p><progress value="8914" max="10000"></progress></div>
<ul data-testid="recent-signers" class="corgi-1iy4qva">${lis(['Nadia Kaur signed 3 minutes ago', 'Peter Gall signed 11 minutes ago'])}</ul>
<form data-testid="sign-form" class="corgi-1dk3i9t"><label>First name<input name="firstName"></label><label>Last name<input name="lastName"></label>
<label>Email<input name="email" type="email"></label><label><input type="checkbox" checked> Display my name and comment on this petition</label>
<button type="submit" data-testid="sign-button" class="corgi-1cl6sjm">Sign this petition</button>
<p class="corgi-1m5bqkp">By signing, you accept Change.org’s Terms of Service and Privacy Policy, and agree to receive occasional emails about campaigns
on Change.org. You can unsubscribe at any time.</p></form>
<div data-testid="share-petition" class="corgi-yrwdqp"><h3>Share this petition</h3>
<ul>${links(['Facebook', 'WhatsApp', 'Email', 'Copy link'], 'corgi-zj6tr0')}</ul></div></aside></div></div></main>
<footer data-testid="footer" class="corgi-1o2xk4m"><ul class="corgi-k1gu1h">${links(cFoot)}</ul>
<p class="corgi-1etgl8n">© 2026, Change.org, PBC</p><p>This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service
apply.</p></footer>
<div role="dialog" aria-label="Cookie consent" data-testid="cookie-banner" class="corgi-1y7w8ld"><p>We use cookies to give you the best experience,
to analyse how our site is used and to show you relevant campaigns.</p><button>Accept all</button><button>Manage preferences</button></div>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"petitionId":"71844302","slug":"keep-fennick-lane-library-open"}},
"page":"/p/[slug]","buildId":"r2026-03-01"}</script></body></html>`;
const changeOrg: TestPage = {
  name: 'heldout297-change-org-petition',
  kind: 'blog',
  html: cHtml,
  title: cTitle,
  headings: [],
  body: texts(cStory),
  bylines: ['Orla Penhallow started this petition to Brackhollow District Council'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cNav, 'Search', 'Log in', 'Why this petition matters', 'Report a policy violation', 'Decision Makers', 'Brackhollow District Council',
    'Cllr Hugh Tresidder, Cabinet Member for Communities', 'Reasons for signing', ...cReasons, 'Mavis Pengelly', 'Dev Rowlands', 'See all reasons',
    'Petition updates', 'Council agrees to meet the friends group on 18 March', '5,000 of you have signed in the first week', '8,914', 'have signed.',
    'Let’s get to 10,000!', 'Nadia Kaur signed 3 minutes ago', 'Peter Gall signed 11 minutes ago', 'First name', 'Last name',
    'Display my name and comment on this petition', 'Sign this petition', 'By signing, you accept Change.org’s Terms of Service and Privacy Policy',
    'Share this petition', 'Facebook', 'Email', 'WhatsApp', 'Copy link', ...cFoot, '© 2026, Change.org, PBC',
    'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.',
    'We use cookies to give you the best experience, to analyse how our site is used and to show you relevant campaigns.', 'Accept all',
    'Manage preferences',
  ],
};

export const HELDOUT297_A: readonly TestPage[] = [changeOrg, gofundme];
