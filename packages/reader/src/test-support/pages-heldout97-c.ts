import { links, type TestPage, texts } from './page-kit.js';
import { investopediaTerm } from './pages-heldout97-c2.js';

/**
 * Held-out batch 97, file c: a Cleveland Clinic style Health Library article on an invented clinic's site (the header with
 * "Appointments & Locations" and "Request an Appointment", breadcrumbs, the h1 with its summary and the "Medically
 * Reviewed" line, the "Contents" jump list, the "Care at ..." box with its links, figures with captions, "Advertisement"
 * slots with the "non-profit academic medical center" policy line and "Policy" link, "A note from ..." ending the text,
 * the collapsed "References" with the editorial line, the newsletter box, the footer and the cookie banner) and, from
 * file c2, an Investopedia style term definition.
 */
const ccTitle = 'Shin Splints (Medial Tibial Stress Syndrome)';
const ccSummary =
  'Shin splints cause pain along the inner edge of your shinbone. They’re common in runners and in people who suddenly ' +
  'increase how much they exercise. Rest, ice and a gradual return to activity help most people recover in a few weeks.';
const ccSections: [string, [string, string[]][]][] = [
  [
    'Overview',
    [
      [
        'What are shin splints?',
        [
          'Shin splints, or medial tibial stress syndrome, is pain along the inside edge of your tibia (shinbone). The pain comes ' +
            'from irritation of the muscles, tendons and bone tissue around your tibia, usually after repeated stress.',
        ],
      ],
      [
        'Who do shin splints affect?',
        [
          'Shin splints can affect anyone, but they’re especially common in runners, dancers and military recruits. You’re also ' +
            'more likely to get them if you have flat feet, wear worn-out shoes or have recently changed the surface you train on.',
        ],
      ],
    ],
  ],
  [
    'Symptoms and Causes',
    [
      [
        'What are the symptoms of shin splints?',
        [
          'The main symptom is a dull, aching pain along the inner part of your lower leg. It often starts during exercise and may ' +
            'ease when you rest. Some people notice mild swelling or tenderness when they press on the area.',
          'If the pain becomes sharp, focuses on one small spot or continues when you’re resting, talk to a healthcare provider. ' +
            'These can be signs of a stress fracture.',
        ],
      ],
      [
        'What causes shin splints?',
        [
          'Shin splints happen when the force on your shinbone and the tissues attached to it is more than they can handle. ' +
            'Training too hard, too fast or for too long without rest is the most common cause.',
        ],
      ],
    ],
  ],
  [
    'Management and Treatment',
    [
      [
        'How are shin splints treated?',
        [
          'Most shin splints get better with simple home care. Your provider may recommend that you rest from high-impact ' +
            'activities for two to four weeks, ice your shin for 15 to 20 minutes at a time several times a day, and take ' +
            'over-the-counter pain relievers if you need them.',
          'While you recover, low-impact exercise like swimming or cycling can help you keep your fitness. A physical therapist ' +
            'can show you stretches and strengthening exercises for your calves, hips and core.',
        ],
      ],
    ],
  ],
  [
    'Prevention',
    [
      [
        'Can shin splints be prevented?',
        [
          'You can lower your risk by increasing your training slowly, by no more than about 10% a week. Replace running shoes ' +
            'every 300 to 500 miles, mix in rest days and cross-training, and run on softer surfaces when you can.',
        ],
      ],
    ],
  ],
];
const ccNote =
  'Shin splints can be frustrating, especially when they keep you from an activity you love. The good news is that they usually ' +
  'heal with rest and time. Listen to your body, build back up gradually and talk to your provider if the pain doesn’t go away. ' +
  'They can check for other causes and help you return to your routine safely.';
const ccNav = ['Health Library', 'Find a Doctor', 'Locations & Directions', 'Patients & Visitors', 'Health Library', 'Institutes & Departments'];
const ccTop = ['Appointments & Locations', 'Request an Appointment', 'Patient Portal', 'Donate'];
const ccCrumbs = ['Home', 'Health Library', 'Diseases & Conditions', 'Shin Splints'];
const ccCare = ['Care at Lakeshore Clinic', 'Sports Medicine Care', 'Find a Doctor and Specialists', 'Make an Appointment'];
const ccCaps = [
  'Shin splints cause pain along the inner edge of the tibia, the larger bone in your lower leg.',
  'Icing your shin for 15 to 20 minutes at a time can ease pain and swelling.',
];
const ccAd =
  'Lakeshore Clinic is a non-profit academic medical center. Advertising on our site helps support our mission. We do not endorse ' +
  'non-Lakeshore Clinic products or services.';
const ccRefs = [
  'Harrow D, Patel S. Medial tibial stress syndrome in recreational runners. Sports Health Review. 2022;14(3):340-7.',
  'North American Society of Sports Physicians. Shin splints. Accessed 4/10/2024.',
];
const ccEditorial =
  'Lakeshore Clinic’s health articles are based on evidence-backed information and review by medical professionals to ensure ' +
  'accuracy, reliability, and up-to-date clinical standards.';
const ccNews = [
  'Get useful, helpful and relevant health + wellness information',
  'enews',
  'Lakeshore Clinic is a non-profit academic medical center. Advertising on our site helps support our mission.',
  'Email Address',
  'Sign Up',
];
const ccFoot = [
  'About Lakeshore Clinic',
  'Careers',
  'Giving',
  'Research & Innovations',
  'Health Essentials',
  'Site Information & Policies',
  'Privacy Policy',
  'Send Us Feedback',
  'Site Map',
  'Nondiscrimination Notice',
];
const ccCopy = '© 2025 Lakeshore Clinic. All Rights Reserved.';
const ccCookie =
  'We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies as ' + 'described in our Privacy Policy.';
const ccAdBox = (n: number): string => `<div data-identity="ad-slot" class="ad-wrapper my-8"><p class="text-xs uppercase text-gray-600">Advertisement</p>
<div id="div-gpt-ad-health-library-${n}" class="min-h-[250px]"></div>
<p class="text-xs text-gray-600">${ccAd} <a href="/about/website/advertising-policy">Policy</a></p></div>`;
const ccFig = (n: number): string => `<figure data-identity="figure" class="my-6"><img src="/-/scassets/images/org/health/articles/shin-splints-${n}.jpg"
alt="" loading="lazy" class="w-full"><figcaption class="text-sm text-gray-700">${ccCaps[n]}</figcaption><p class="text-xs">Image content: This image is
available to view online.</p><a href="/health/diseases/shin-splints#figure" class="text-xs">View image</a></figure>`;
const ccSection = ([h2, subs]: [string, [string, string[]][]], i: number): string => `<section id="${h2.toLowerCase().replace(/ /g, '-')}"
data-identity="article-section"><h2 class="text-2xl font-bold">${h2}</h2>${i === 0 ? ccFig(0) : ''}
${subs.map(([h3, p]) => `<h3 class="text-xl font-bold">${h3}</h3>\n${p.map((t) => `<p>${t}</p>`).join('\n')}`).join('\n')}
${i === 2 ? ccFig(1) : ''}</section>${i === 0 || i === 2 ? ccAdBox(i) : ''}`;
const ccHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Shin Splints: Causes, Symptoms, Treatment &amp; Prevention</title><meta name="description" content="Shin splints cause pain along your
shinbone. Learn about causes, treatment and prevention."><meta property="og:type" content="article"><meta property="og:title" content="${ccTitle}">
<link rel="canonical" href="https://my.lakeshoreclinic.example/health/diseases/24771-shin-splints">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","name":"${ccTitle}","lastReviewed":"2024-04-18",
"reviewedBy":{"@type":"Organization","name":"Lakeshore Clinic medical professional"},"publisher":{"@type":"Organization","name":"Lakeshore Clinic"}}</script>
<link rel="stylesheet" href="/_next/static/css/8d1b7c0e5a.css"><script src="https://securepubads.g.doubleclick.example/tag/js/gpt.js" async></script></head>
<body><div id="__next"><a href="#main" class="sr-only focus:not-sr-only">Skip to main content</a>
<header data-identity="header" class="border-b"><div class="top-bar flex"><ul class="flex gap-4">${links(ccTop)}</ul></div>
<div class="main-bar flex items-center"><a href="/" aria-label="Lakeshore Clinic home"><svg class="h-10" aria-hidden="true"></svg></a>
<nav aria-label="Main"><ul class="flex gap-6">${links(ccNav.slice(1))}</ul></nav><button type="button" aria-label="Search" class="search-btn">
<span class="sr-only">Search</span></button><button type="button" class="menu-btn">Menu</button></div></header>
<main id="main" class="container mx-auto"><article data-identity="article"><header data-identity="article-header" class="py-8">
<nav data-identity="breadcrumbs" aria-label="Breadcrumb"><ol class="flex text-sm">${links(ccCrumbs, 'after:content-["/"]')}</ol></nav>
<h1 class="text-4xl font-bold">${ccTitle}</h1><p data-identity="article-summary" class="text-lg mt-4">${ccSummary}</p>
<div data-identity="medically-reviewed" class="mt-4 flex items-center text-sm"><svg class="w-4 h-4" aria-hidden="true"></svg>
<span>Medically Reviewed.</span> <span>Last updated on 04/18/2024.</span></div></header>
<div class="lg:grid lg:grid-cols-12 gap-8"><aside class="lg:col-span-3"><nav data-identity="table-of-contents" class="sticky top-4">
<p class="font-bold">Contents</p><ul>${ccSections.map(([h]) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`).join('\n')}
<li><a href="#a-note">A note from Lakeshore Clinic</a></li></ul></nav>
<div data-identity="care-at" class="bg-blue-50 p-6 mt-8"><p class="font-bold text-lg">${ccCare[0]}</p><ul>${links(ccCare.slice(1))}</ul></div></aside>
<div class="lg:col-span-9" data-identity="article-body">
${ccSections.map(ccSection).join('\n')}
<section id="a-note" data-identity="article-section"><h2 class="text-2xl font-bold">A note from Lakeshore Clinic</h2><p>${ccNote}</p></section>
<div data-identity="references" class="mt-8"><details><summary>References</summary><p>${ccEditorial}</p><ul>
${ccRefs.map((t) => `<li>${t}</li>`).join('\n')}</ul></details></div></div></div></article>
<section data-identity="newsletter" class="bg-gray-100 p-8"><h2 class="text-2xl">${ccNews[0]}</h2><img alt="${ccNews[1]}" src="/enews.svg"><p>${ccNews[1]}</p>
<form><label for="enews-email">${ccNews[3]}</label><input id="enews-email" type="email"><button type="submit">${ccNews[4]}</button></form>
<p class="text-xs">${ccNews[2]} <a href="/about/website/advertising-policy">Policy</a></p></section></main>
<footer data-identity="footer" class="bg-blue-900 text-white"><ul class="grid grid-cols-3">${links(ccFoot)}</ul><p class="text-sm">${ccCopy}</p></footer>
<div id="cookie-banner" role="dialog" aria-label="Cookie consent" class="fixed bottom-0"><p>${ccCookie}</p><button type="button">Accept</button>
<button type="button">Manage Preferences</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"articleId":24771,"type":"diseases"}}}</script></body></html>`;
const lakeshoreArticle: TestPage = {
  html: ccHtml,
  name: 'heldout97-cleveland-clinic-health-article',
  kind: 'wiki',
  // the summary under the h1 is body; "A note from ..." is the closing section of the text (heading and body); the
  // "Medically Reviewed." and "Last updated on" line is a byline; the "Contents" list repeats the h2s (left out but its
  // label and the note's entry, which repeats a heading too: left out); "Care at ..." box, captions with their image
  // notes, ad labels and policy lines, references with the editorial line, newsletter, footer and cookie banner are furniture;
  // the last breadcrumb ("Shin Splints") is words of a short heading: left out
  title: ccTitle,
  headings: [...ccSections.flatMap(([h2, subs]) => [h2, ...subs.map(([h3]) => h3)]), 'A note from Lakeshore Clinic'],
  body: [ccSummary, ...ccSections.flatMap(([, subs]) => subs.flatMap(([, p]) => p)), ccNote],
  bylines: ['Medically Reviewed. Last updated on 04/18/2024.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...ccTop, ...ccNav.slice(1), 'Search', 'Menu', ...ccCrumbs.slice(0, 1), ccCrumbs[2] as string, 'Contents', ...ccCare,
    ...texts(ccCaps), 'Image content: This image is available to view online.', 'View image', 'Advertisement', ccAd, 'Policy', 'References',
    ccEditorial, ...ccRefs, ...ccNews, ...ccFoot, ccCopy, ccCookie, 'Accept', 'Manage Preferences',
  ],
};

export const HELDOUT97_C: readonly TestPage[] = [lakeshoreArticle, investopediaTerm];
