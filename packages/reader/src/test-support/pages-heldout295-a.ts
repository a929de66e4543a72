import { links, ps, type TestPage, texts } from './page-kit.js';
import { drugsCom } from './pages-heldout295-a2.js';
import { j, lis } from './pages-heldout295-kit.js';

/**
 * Held-out batch 295, file a: a WebMD-style condition article (masthead, "In this article" contents, medically-reviewed
 * byline, ad slots, a slideshow promo, sources, related links and the footer) and, from file a2, a Drugs.com-style monograph.
 */
const wTitle = 'Plantar Fasciitis: Causes, Symptoms, and Treatment';
const wIntro = [
  j(
    'Plantar fasciitis is irritation of the thick band of tissue that runs along the bottom of your foot, from the heel bone to the',
    'base of the toes. That band, the plantar fascia, works like a bowstring that supports the arch when you stand and walk.',
  ),
  j(
    'When it is strained again and again, small tears form where it joins the heel. The result is a stabbing pain that is usually',
    'worst with the first few steps of the morning and eases once the foot warms up.',
  ),
];
const wCauses = ['Doctors do not always find one single cause. More often, several things add up over weeks or months:'];
const wCauseList = [
  'Running, dancing, or other activities that put repeated load on the heel',
  'Standing for long shifts on hard floors',
  'Shoes with thin soles or little arch support',
  'A tight calf muscle or Achilles tendon, which pulls on the fascia',
  'Extra body weight, which raises the force on the heel with each step',
];
const wSymptoms = [
  j(
    'The classic sign is sharp pain on the inside of the heel when you get out of bed. It can also flare after you sit for a while',
    'and then stand up. Many people notice that the pain fades during a walk but comes back, duller, in the evening.',
  ),
  j(
    'Plantar fasciitis rarely causes swelling you can see, numbness, or tingling. If you have those, or pain in both heels at once,',
    'tell your doctor, because another problem such as a pinched nerve may be to blame.',
  ),
];
const wDiag = [
  j(
    'Most of the time your doctor can tell you have plantar fasciitis from your history and a short exam. They will press on the',
    'bottom of your heel to find the tender spot and may flex your toes upward to see whether that stretches the fascia and causes pain.',
  ),
  j(
    'An X-ray is not usually needed. It may be ordered to rule out a stress fracture. A heel spur may show up on the film, but',
    'spurs are common in people with no pain at all, so finding one does not mean it is the cause.',
  ),
];
const wTreat = [
  j(
    'The good news is that about nine in 10 people get better within a year with simple home care. Most of these steps work best',
    'when you do them together and stick with them for several weeks:',
  ),
];
const wTreatList = [
  'Stretch your calf and the bottom of your foot two or three times a day, especially before your first steps in the morning.',
  'Roll your arch over a frozen water bottle for 10 minutes to ease pain after activity.',
  'Wear supportive shoes at home, too. Going barefoot on hard floors often makes symptoms worse.',
  'Try over-the-counter heel cups or arch supports before paying for custom inserts.',
  'Take a break from running and switch to cycling or swimming while the heel heals.',
];
const wTreat2 = [
  j(
    'If pain lasts beyond a few months, your doctor may suggest a night splint, physical therapy, or a steroid shot. Shock wave',
    'therapy and surgery are saved for the small number of people who do not improve after six to 12 months.',
  ),
];
const wDoctor = [
  j(
    'Call your doctor if heel pain keeps you from your normal activities, if it started after an injury, or if it has not begun',
    'to ease after two weeks of home care. Get care right away if your heel is red and warm or you have a fever.',
  ),
];
const wHeads = [
  'What Causes Plantar Fasciitis?',
  'Symptoms of Plantar Fasciitis',
  'How It Is Diagnosed',
  'Plantar Fasciitis Treatment',
  'When to See a Doctor',
];
const wNav = ['Health A-Z', 'Drugs & Supplements', 'Living Healthy', 'Family & Pregnancy', 'News & Experts'];
const wRelated = [
  'Best Shoes for Heel Pain: What to Look For',
  'Achilles Tendinitis: What You Need to Know',
  'Stretches That Ease Foot Pain',
  'Heel Spurs: Causes and Treatment',
];
const wFoot = ['About', 'Careers', 'Contact Us', 'Advertise With Us', 'Privacy Policy', 'Cookie Policy', 'Editorial Policy', 'Terms of Use', 'Sitemap'];
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Plantar Fasciitis: Causes, Symptoms, Treatment | CareWise</title>
<meta name="description" content="Learn what causes plantar fasciitis heel pain, how it is diagnosed, and which home treatments work.">
<meta property="og:type" content="article"><meta property="og:site_name" content="CareWise"><link rel="canonical"
href="https://www.carewise.example/pain-management/plantar-fasciitis">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"MedicalWebPage","name":"${wTitle}",
"author":{"@type":"Person","name":"Nadia Ferreira"},"reviewedBy":{"@type":"Person","name":"Paul Okonkwo, MD"},"dateModified":"2026-09-14"}</script>
<script>window.s_context={"s_topic":"4312","s_business_reference":"Plantar Fasciitis","s_sponsor_program":""};</script>
<link rel="stylesheet" href="https://img.carewise.example/assets/css/article.min.css"></head>
<body class="article-page"><div id="ContentPane1"><header class="header-wrapper" role="banner"><div class="header-container">
<a class="logo-link" href="/"><span class="visually-hidden">CareWise</span></a>
<nav class="global-nav" aria-label="Main"><ul class="global-nav-list">${links(wNav, 'global-nav-item')}</ul></nav>
<div class="header-search"><button class="search-toggle">Search</button></div><a class="subscribe-link" href="/newsletters">Subscribe</a></div></header>
<div class="ad-container leaderboard"><span class="ad-label">Advertisement</span><div id="ads2-pos-101" class="ads2"></div></div>
<div class="article-wrapper"><ol class="breadcrumbs">${links(['Pain Management', 'Foot Pain'], 'breadcrumb-item')}</ol>
<div class="article-page-wrapper"><main class="article-main"><article class="article">
<header class="article__header"><h1>${wTitle}</h1>
<div class="article-info"><div class="author-info"><span class="label">Written by</span> <a class="person" href="/nadia-ferreira">Nadia Ferreira</a></div>
<div class="reviewer-info"><span class="label">Medically Reviewed by</span> <a class="person" href="/paul-okonkwo">Paul Okonkwo, MD</a>
<span class="reviewed-date">on September 14, 2026</span></div></div>
<div class="share-bar"><span class="share-label">Share</span><a class="share-fb" href="#">Facebook</a><a class="share-email" href="#">Email</a>
<a class="share-print" href="#">Print</a></div></header>
<div class="article-body"><div class="toc-container"><div class="toc-title">In this article</div><ul class="toc-list">${links(wHeads, 'toc-item')}</ul></div>
<section class="page-1">${ps(wIntro)}</section>
<section><h2>${wHeads[0]}</h2>${ps(wCauses)}<ul>${lis(wCauseList)}</ul></section>
<div class="dynamic-ad"><span class="ad-label">Advertisement</span><div id="ads2-pos-2026" class="ads2"></div></div>
<section><h2>${wHeads[1]}</h2>${ps(wSymptoms)}</section>
<div class="inline-promo slideshow-promo"><span class="promo-kicker">SLIDESHOW</span><a href="/ss/foot-problems">Common Foot Problems in Pictures</a></div>
<section><h2>${wHeads[2]}</h2>${ps(wDiag)}</section>
<section><h2>${wHeads[3]}</h2>${ps(wTreat)}<ul>${lis(wTreatList)}</ul>${ps(wTreat2)}</section>
<section><h2>${wHeads[4]}</h2>${ps(wDoctor)}</section></div>
<div class="sources"><button class="sources-toggle">Show Sources</button><div class="sources-content">
<p>SOURCES:</p><p>Lakeland Orthopedic Society: "Heel pain in adults."</p><p>Harrow Foot and Ankle Journal: "Outcomes of stretching programs."</p></div></div>
<p class="copyright">© 2026 CareWise, LLC. All rights reserved.</p></article>
<div class="related-links"><h3>Related Links</h3><ul>${links(wRelated)}</ul></div></main>
<aside class="right-rail"><div class="ad-container"><span class="ad-label">Advertisement</span></div>
<div class="newsletter-module"><p class="nl-title">Get the Pain Management Newsletter</p><p class="nl-copy">Tips and news on managing pain, sent weekly.</p>
<input type="email" placeholder="Enter email address"><button>Subscribe Now</button></div></aside></div></div>
<footer class="footer" role="contentinfo"><ul class="footer-links">${links(wFoot)}</ul>
<p class="disclaimer">CareWise does not provide medical advice, diagnosis or treatment.</p></footer></div>
<div id="onetrust-banner-sdk"><p id="onetrust-policy-text">We use cookies to improve your experience and to show you relevant ads.</p>
<button id="onetrust-accept-btn-handler">Accept Cookies</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div>
<script src="https://img.carewise.example/assets/js/article.bundle.js" async></script></body></html>`;
const webmd: TestPage = {
  name: 'heldout295-webmd-style-condition-news',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: texts([...wIntro, ...wCauses, ...wCauseList, ...wSymptoms, ...wDiag, ...wTreat, ...wTreatList, ...wTreat2, ...wDoctor]),
  bylines: ['Written by', 'Nadia Ferreira', 'Medically Reviewed by', 'Paul Okonkwo, MD', 'on September 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'CareWise', ...wNav, 'Search', 'Subscribe', 'Advertisement', 'Pain Management', 'Foot Pain', 'Share', 'Facebook', 'Email', 'Print',
    'In this article', 'SLIDESHOW', 'Common Foot Problems in Pictures', 'Show Sources', 'SOURCES:', 'Lakeland Orthopedic Society: "Heel pain in adults."',
    'Harrow Foot and Ankle Journal: "Outcomes of stretching programs."', '© 2026 CareWise, LLC. All rights reserved.', 'Related Links', ...wRelated,
    'Get the Pain Management Newsletter', 'Tips and news on managing pain, sent weekly.', 'Subscribe Now', ...wFoot,
    'CareWise does not provide medical advice, diagnosis or treatment.', 'We use cookies to improve your experience and to show you relevant ads.',
    'Accept Cookies', 'Cookie Settings',
  ],
};

export const HELDOUT295_A: readonly TestPage[] = [webmd, drugsCom];
