import { links, type TestPage, texts } from './page-kit.js';
import { furnish } from './pages-heldout145-kit.js';

/**
 * Held-out batch 145, file d2: a Harvard Health Publishing article (the subscription promo bar, the header with the
 * topic menu, "Sign in" and "Subscribe", the category label, the h1, author and reviewer lines with the date, the icon
 * share bar with screen-reader labels, the lead image with its credit, the body with h2 sections and a list, an inline
 * "Special Health Report" promo inside the body, the "About the Author" and "About the Reviewer" boxes, the archive
 * disclaimer, "Share This Page" / "Print This Page", the "Free Healthbeat Signup" box, the related-articles rail and the
 * footer).
 */
const T = 'Can a short afternoon walk help you sleep better?';
const p1 = [
  'Most advice about sleep focuses on the hour before bed: dim the lights, put the phone away, skip the late coffee. A small new study suggests that ' +
    'what you do in the middle of the afternoon may matter too.',
  'Researchers at the University of Vermont followed 142 adults between the ages of 55 and 75 who said they often had trouble falling asleep. Half ' +
    'were asked to take a 20-minute walk outdoors between 2 p.m. and 4 p.m. on at least five days a week. The other half kept to their usual routine. ' +
    'Everyone wore a wrist sensor that tracked movement and sleep for eight weeks.',
];
const h1 = 'What the study found';
const p2 = [
  'By the end of the study, the walkers were falling asleep an average of 14 minutes faster than when they started, while the comparison group ' +
    'showed almost no change. The walkers also woke up less often during the night and rated their sleep quality higher on a standard questionnaire.',
  'The effect was strongest in people who walked in daylight rather than on an indoor track, which suggests that bright light, and not just exercise, ' +
    'plays a part. The results were published in the September issue of the <i>Journal of Sleep and Aging</i>.',
];
const h2 = 'Why timing may matter';
const p3 = [
  'Our internal body clock is set largely by light. Getting outdoor light during the day helps keep that clock on schedule, so that the body releases ' +
    'the sleep hormone melatonin at the right time in the evening. Many older adults spend most of the day indoors, where even a bright room is far ' +
    'dimmer than a cloudy afternoon outside.',
  '“An afternoon walk gives you two things at once: a moderate dose of activity and a strong signal to your body clock,” says Dr. Elise Darrow, an ' +
    'assistant professor of medicine at Harvard Medical School who was not involved in the study. “Neither one is dramatic on its own, but together ' +
    'they seem to add up.”',
];
const h3 = 'How to try it yourself';
const p4 = ['You do not need special equipment or a fitness tracker to try this. Dr. Darrow suggests a few simple steps:'];
const list = [
  'Aim for 20 to 30 minutes of walking at a comfortable pace, outdoors if you can.',
  'Go between early and mid-afternoon, and avoid vigorous exercise in the two hours before bed.',
  'Leave your sunglasses off for part of the walk if your eyes are comfortable, but never look directly at the sun.',
  'Keep a simple sleep diary for two weeks so you can see whether anything changes.',
];
const p5 = [
  'If you have a heart or lung condition, or if you have fallen recently, talk to your doctor before starting a new walking routine. And if poor ' +
    'sleep persists for more than a few weeks, it is worth mentioning to your doctor, since conditions such as sleep apnea are common and treatable.',
];
const author = 'Elise M. Darrow, MD';
const reviewer = 'Howard Lemke, MD';
const date = 'October 1, 2025';
const promo = [
  'Special Health Report',
  'Improving Sleep',
  'A practical guide to getting a good night’s rest, from the editors of Harvard Health Publishing.',
  'Read More',
];
const authorBio =
  'Dr. Elise Darrow is an assistant professor of medicine at Harvard Medical School and a physician in the sleep medicine clinic at a Boston teaching ' +
  'hospital. She writes about sleep, aging and everyday health.';
const reviewerBio = 'Dr. Howard Lemke is the medical editor of Harvard Health Publishing and an associate professor of medicine at Harvard Medical School.';
const disclaimer =
  'As a service to our readers, Harvard Health Publishing provides access to our library of archived content. Please note the date each article was ' +
  'posted or last reviewed. Nothing on this site, whatever its date, should be used in place of direct medical advice from your doctor or another ' +
  'qualified clinician.';
const nav = ['Staying Healthy', 'Heart Health', 'Mind & Mood', 'Pain', 'Diseases & Conditions', 'Men’s Health', 'Women’s Health', 'Health A-Z'];
const bar = 'Subscribe to Harvard Health Online for immediate access to health news and information from Harvard Medical School.';
const share = ['Share this page to Facebook', 'Share this page to X', 'Share this page to LinkedIn', 'Share this page via Email', 'Print This Page'];
const credit = 'Image: © Halfpoint/Getty Images';
const news = [
  'Free Healthbeat Signup',
  'Get the latest in health news delivered to your inbox!',
  'Newsletter Signup',
  'Sign Up',
  'I want to get healthier',
  'Close the Health Alert Signup popup',
];
const related = [
  'Is a daytime nap good for you?',
  'Light at night and your health',
  'How much exercise do older adults really need?',
  'Melatonin: What you need to know',
];
const foot = ['About Us', 'Customer Service', 'Contact Us', 'Permissions', 'Licensing', 'Advertising Policy', 'Privacy Policy', 'Sitemap'];
const copy = '© 2025 by The President and Fellows of Harvard College';
const shareBar = (cls: string): string =>
  `<div class="${cls} flex gap-3">${share
    .map((s, i) => `<a class="share-icon" href="#share-${i}"><svg aria-hidden="true" class="w-5 h-5"></svg><span class="sr-only">${s}</span></a>`)
    .join('')}</div>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${T} - Harvard Health</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="A small new study suggests that a 20-minute afternoon walk outdoors may help older adults fall asleep faster.">
<link rel="canonical" href="https://www.health.harvard.edu/staying-healthy/can-a-short-afternoon-walk-help-you-sleep-better">
<meta property="og:type" content="article"><meta property="og:title" content="${T}"><meta property="article:published_time" content="2025-10-01T09:00:00-04:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${T}","datePublished":"2025-10-01",
"author":{"@type":"Person","name":"${author}"},"publisher":{"@type":"Organization","name":"Harvard Health Publishing"}}</script>
<script src="https://www.health.harvard.edu/js/app.js?id=5b8e2c" defer></script><link rel="stylesheet"
href="https://www.health.harvard.edu/css/app.css?id=0a91f2">
</head><body class="font-sans antialiased text-gray-900">
<div class="promo-bar bg-red-800 text-white text-center text-sm py-2"><a href="/subscriptions">${bar}</a></div>
<header class="site-header border-b border-gray-200"><div class="max-w-7xl mx-auto flex items-center justify-between px-4">
<a href="/" class="logo"><img src="/images/hhp-logo.svg" alt="Harvard Health Publishing"><span class="sr-only">Harvard Medical School</span></a>
<nav class="hidden lg:flex" aria-label="Main"><ul class="flex gap-6">${links(nav, 'text-sm')}</ul></nav><div class="flex gap-3">
<a href="/search" class="search-link"><span class="sr-only">Search</span></a><a href="/login" class="text-sm">Sign in</a>
<a href="/subscriptions" class="btn bg-red-700 text-white text-sm px-4 py-2 rounded">Subscribe</a></div></div></header>
<main class="max-w-7xl mx-auto px-4 lg:flex gap-10"><article class="lg:w-2/3"><div class="mb-2"><a href="/topics/staying-healthy"
class="text-red-700 text-sm uppercase font-semibold tracking-wide">Staying Healthy</a></div>
<h1 class="font-serif text-4xl leading-tight mb-4">${T}</h1>
<div class="text-sm text-gray-700 mb-1">By <a href="/authors/elise-m-darrow-md">${author}</a>, Contributor</div>
<div class="text-sm text-gray-700 mb-1">Reviewed by <a href="/authors/howard-lemke-md">${reviewer}</a>, Medical Editor</div>
<p class="text-sm text-gray-600 mb-4"><time datetime="2025-10-01">${date}</time></p>
${shareBar('share-top mb-6')}
<figure class="mb-6"><img src="/media/content/images/afternoon-walk-GettyImages-1285.jpg" alt="Two older women walking on a leafy path in the afternoon sun"
width="1200" height="675"><figcaption class="text-xs text-gray-500 mt-1">${credit}</figcaption></figure>
<div class="content-repository-content prose max-w-none">
${p1.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${h1}</h2>
${p2.map((p) => `<p>${p}</p>`).join('\n')}
<div class="special-health-report-promo not-prose border border-gray-300 p-4 my-6 flex gap-4"><img src="/media/shr/improving-sleep.jpg" alt="" width="90">
<div><p class="text-xs uppercase text-red-700">${promo[0]}</p><p class="font-serif text-lg">${promo[1]}</p><p class="text-sm">${promo[2]}</p>
<a href="/special-health-reports/improving-sleep" class="text-sm font-semibold">${promo[3]}</a></div></div>
<h2>${h2}</h2>
${p3.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${h3}</h2>
${p4.map((p) => `<p>${p}</p>`).join('\n')}
<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${p5.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<section class="about-author border-t border-gray-200 mt-8 pt-6"><h3 class="text-sm uppercase font-semibold">About the Author</h3><div class="flex gap-4 mt-3">
<img src="/media/authors/darrow.jpg" alt="photo of ${author}" width="80"><div><a href="/authors/elise-m-darrow-md" class="font-semibold">${author}</a>,
Contributor
<p class="text-sm">${authorBio}</p></div></div></section>
<section class="about-reviewer mt-6"><h3 class="text-sm uppercase font-semibold">About the Reviewer</h3><div class="flex gap-4 mt-3">
<img src="/media/authors/lemke.jpg" alt="photo of ${reviewer}" width="80"><div><a href="/authors/howard-lemke-md"
class="font-semibold">${reviewer}</a>, Medical Editor
<p class="text-sm">${reviewerBio}</p></div></div></section>
<div class="disclaimer text-xs text-gray-600 mt-8"><p><strong>Disclaimer:</strong></p><p>${disclaimer}</p></div>
<div class="share-bottom mt-6"><h3 class="text-sm font-semibold">Share This Page</h3>${shareBar('share-bottom-icons')}</div></article>
<aside class="lg:w-1/3"><section class="newsletter-signup bg-gray-100 p-6"><h2 class="font-serif text-xl">${news[0]}</h2><p>${news[1]}</p>
<form action="/newsletter" method="post"><label class="sr-only" for="nl-email">${news[2]}</label><input id="nl-email" type="email" placeholder="Enter
your email address">
<button type="submit">${news[3]}</button></form><p class="text-xs">${news[4]}</p></section>
<section class="related mt-8"><h2 class="text-sm uppercase font-semibold">You might also be interested
in…</h2><ul>${links(related)}</ul></section></aside></main>
<div class="health-alert-modal hidden" role="dialog" aria-modal="true"><button class="close" aria-label="${news[5]}"><span
class="sr-only">${news[5]}</span></button>
<h2>${news[0]}</h2><p>${news[1]}</p><button>${news[3]}</button></div>
<footer class="bg-gray-900 text-gray-300 mt-16"><div class="max-w-7xl mx-auto px-4 py-10"><img src="/images/hhp-logo-white.svg" alt="Harvard Health Publishing">
<ul class="flex flex-wrap gap-4 text-sm">${links(foot)}</ul><p class="text-xs mt-4">${copy}</p></div></footer></body></html>`;
const headings = [h1, h2, h3];
const body = texts([...p1, ...p2, ...p3, ...p4, ...list, ...p5]);
export const harvardPage: TestPage = {
  html,
  name: 'heldout145-harvard-health-article',
  kind: 'wiki',
  // the author and reviewer lines and the date are bylines; the in-body report promo, the lead image credit, the author
  // and reviewer boxes, the disclaimer, share labels, newsletter (with its hidden pop-up copy), rail and footer are
  // furniture
  title: T,
  headings,
  body,
  bylines: [`By ${author}, Contributor`, `Reviewed by ${reviewer}, Medical Editor`, date],
  furniture: furnish(
    [T, ...headings, ...body],
    [
      bar,
      'Harvard Medical School',
      ...nav,
      'Search',
      'Sign in',
      'Subscribe',
      'Staying Healthy',
      ...share,
      credit,
      ...promo,
      'About the Author',
      authorBio,
      'About the Reviewer',
      reviewerBio,
      'Disclaimer:',
      disclaimer,
      'Share This Page',
      ...news,
      'You might also be interested in…',
      ...related,
      ...foot,
      copy,
    ],
  ),
};
