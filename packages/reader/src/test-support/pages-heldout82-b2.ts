import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 82, file b2: a health-library condition page on a Cleveland Clinic-style hospital site (Next.js shell, skip
 * link, the utility and main navigation, breadcrumbs, "Medically Reviewed. Last updated on ..." under the headline, a summary
 * lead, the "Contents" jump list, a figure with its caption, question headings under each section, ad slots with the
 * non-profit advertising notice, the "Care at ..." promo box, the references disclosure, the newsletter sign-up, the "last
 * reviewed" line and the long footer).
 */
const ccTitle = 'Plantar Fasciitis';
const ccSummary = [
  'Plantar fasciitis is irritation of the thick band of tissue that runs along the bottom of your foot. It causes a stabbing pain in your heel ' +
    'that’s usually worst with your first steps in the morning. Most people feel better within a few months with stretching, rest and ' +
    'supportive shoes.',
];
const ccWhat = [
  'Plantar fasciitis (pronounced “PLAN-tar fash-ee-EYE-tis”) is a common cause of heel pain. It happens when your plantar fascia — the band of ' +
    'tissue that connects your heel bone to the base of your toes — becomes irritated and inflamed.',
  'Your plantar fascia works like a shock absorber and supports the arch of your foot. Repeated stress can cause tiny tears in the tissue, and ' +
    'over time the damage makes it stiff and painful.',
];
const ccWho = ['Anyone can develop plantar fasciitis, but it’s most common in adults between 40 and 60. You may be more likely to get it if you:'];
const ccWhoList = [
  'Run or do other activities that put repeated stress on your heels.',
  'Stand on hard surfaces for long periods at work.',
  'Have flat feet, high arches or tight calf muscles.',
  'Carry extra body weight or are pregnant.',
];
const ccSymptoms = [
  'The main symptom is pain on the bottom of your heel, or sometimes in the middle of your foot. The pain usually develops slowly and may be:',
];
const ccSymptomsList = [
  'Sharp or stabbing when you take your first steps after getting out of bed.',
  'Worse after long periods of sitting or standing.',
  'Worse after exercise rather than during it.',
];
const ccCauses = [
  'Plantar fasciitis is caused by strain on the plantar fascia. Healthcare providers don’t always know exactly what triggers it, but changes ' +
    'in activity — like starting a new running program or switching to thin-soled shoes — often come first.',
];
const ccDiagnosis = [
  'Your provider will ask about your symptoms and examine your foot, pressing on different spots to find where it hurts. Most people don’t need ' +
    'imaging tests. Your provider may order an X-ray or ultrasound if they want to rule out a stress fracture or another cause of heel pain.',
];
const ccTreat = ['Most people recover without surgery. Your provider may recommend a combination of treatments, including:'];
const ccTreatList = [
  '<b>Stretching:</b> Calf and foot stretches, especially before you get out of bed.',
  '<b>Rest and ice:</b> Cutting back on activities that make the pain worse and icing your heel for 15 minutes a few times a day.',
  '<b>Supportive footwear:</b> Shoes with good arch support and cushioned heels, or over-the-counter shoe inserts.',
  '<b>Night splints:</b> Splints that hold your foot in a stretched position while you sleep.',
  '<b>Pain relievers:</b> Nonsteroidal anti-inflammatory drugs (NSAIDs) for short-term relief.',
];
const ccTreat2 = [
  'If your pain doesn’t improve after several months, your provider may suggest physical therapy, a steroid injection or shock wave therapy. ' +
    'Surgery is rarely needed.',
];
const ccOutlook = [
  'Plantar fasciitis usually improves within six to 12 months with home treatment. It can come back, so it helps to keep stretching and to ' +
    'replace worn-out shoes even after the pain goes away.',
];
const ccSee = ['Contact your healthcare provider if:'];
const ccSeeList = [
  'Heel pain continues for more than a few weeks despite rest and stretching.',
  'You have numbness, tingling or swelling in your foot.',
  'The pain started after an injury or you can’t put weight on your foot.',
];
const ccNote = [
  'Heel pain can make every step feel like a chore, especially first thing in the morning. The good news is that plantar fasciitis almost ' +
    'always gets better with simple treatments you can do at home. Be patient — recovery takes time — and talk to your provider if the pain ' +
    'isn’t improving. They can help you find the right mix of treatments to get you back on your feet.',
];
const ccToc = ['Overview', 'Symptoms and Causes', 'Diagnosis and Tests', 'Management and Treatment', 'Outlook / Prognosis', 'Living With'];
const ccUtility = ['MyChart', 'Need Help?', 'Giving', 'Careers'];
const ccNav = ['Find a Doctor', 'Locations & Directions', 'Patients & Visitors', 'Health Library', 'Institutes & Departments', 'Appointments'];
const ccCrumbs = ['Home', 'Health Library', 'Diseases & Conditions'];
const ccAdNotice =
  'Lakemont Clinic is a non-profit academic medical center. Advertising on our site helps support our mission. We do not endorse ' +
  'non-Lakemont Clinic products or services.';
const ccCaption = 'The plantar fascia runs from your heel bone to the base of your toes.';
const ccCare = ['Care at Lakemont Clinic', 'Orthopaedic Care', 'Find a Doctor and Specialists', 'Make an Appointment'];
const ccRefsNote =
  'Lakemont Clinic’s health articles are based on evidence-backed information and review by medical professionals to ensure accuracy, ' +
  'reliability and up-to-date clinical standards.';
const ccReviewed = 'Last reviewed on 06/12/2025.';
const ccEditorial = 'Learn more about the Health Library and our editorial process.';
const ccNews = [
  'Get useful, helpful and relevant health + wellness information',
  'Sign up for our Health Essentials emails for expert guidance on nutrition, fitness, sleep, skin care and more.',
  'Email address',
  'Sign Up',
  'Lakemont Clinic will use your email to send you our newsletter. You can unsubscribe at any time.',
];
const ccFootActions = ['Appointments & Access', 'Accepted Insurance', 'Events Calendar', 'Financial Assistance', 'Pay Your Bill Online', 'Refer a Patient'];
const ccFootBlog = ['Health Essentials', 'Newsroom', 'Consult QD', 'MyLakemont'];
const ccFootSite = ['Send Us Feedback', 'Site Map', 'About this Website', 'Website Terms of Use', 'Privacy Policy', 'Notice of Privacy Practices'];
const ccCopy = '2100 Harbor Ridge Road, Lakemont, Ohio 44321 | 800.555.0142 | © 2025 Lakemont Clinic. All Rights Reserved.';
const ccRefs = [
  'American Academy of Orthopaedic Surgeons. Plantar Fasciitis and Bone Spurs. Accessed 6/3/2025.',
  'Trojian T, Tucker AK. Plantar Fasciitis. Am Fam Physician. 2019;99(12):744-750. Accessed 6/3/2025.',
];
const ccPs = (a: readonly string[]): string => a.map((p) => `<p class="text-base leading-7 mb-6">${p}</p>`).join('\n');
const ccUl = (a: readonly string[]): string => `<ul class="list-disc pl-6 mb-6">${a.map((t) => `<li class="mb-2">${t}</li>`).join('\n')}</ul>`;
const ccSlug = (t: string): string => t.toLowerCase().replace(/[^a-z]+/g, '-');
const ccSection = (h2: string, inner: string): string => `<section id="${ccSlug(h2)}" data-identity="article-section" class="scroll-mt-32">
<h2 class="font-bold text-2xl md:text-3xl mt-10 mb-4" data-identity="section-heading">${h2}</h2>
${inner}</section>`;
const ccH3 = (t: string): string => `<h3 class="font-semibold text-xl mt-6 mb-3">${t}</h3>`;
const ccAd = (
  n: number,
): string => `<div data-identity="ad-slot" class="my-8 flex flex-col items-center"><span class="text-xs uppercase text-gray-500">Advertisement</span>
<div id="gpt-ad-health-library-${n}" class="min-h-[250px] w-[300px]"></div><p class="text-xs text-gray-500 max-w-md text-center">${ccAdNotice}
<a href="/about/website/advertising" class="underline">Policy</a></p></div>`;
const ccHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Plantar Fasciitis: Symptoms, Causes &amp; Treatment</title>
<meta name="description" content="Plantar fasciitis is irritation of the tissue along the bottom of your foot. It causes stabbing heel pain.">
<link rel="canonical" href="https://my.lakemontclinic.org/health/diseases/14210-plantar-fasciitis">
<meta property="og:type" content="article"><meta property="og:site_name" content="Lakemont Clinic">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","name":"Plantar Fasciitis","lastReviewed":"2025-06-12",
"reviewedBy":{"@type":"Organization","name":"Lakemont Clinic"},"about":{"@type":"MedicalCondition","name":"Plantar Fasciitis"},
"publisher":{"@type":"Organization","name":"Lakemont Clinic","logo":{"@type":"ImageObject","url":"https://my.lakemontclinic.org/images/logo.png"}}}</script>
<link rel="preload" href="/_next/static/css/4b8e1f0d2a7c.css" as="style"><link rel="stylesheet" href="/_next/static/css/4b8e1f0d2a7c.css" data-n-g="">
<script src="https://securepubads.g.doubleclick.net/tag/js/gpt.js" async></script></head>
<body><div id="__next"><a href="#main-content" class="sr-only focus:not-sr-only">Skip to main content</a>
<header class="relative z-50 bg-white shadow-sm" data-identity="site-header"><div class="bg-blue-900 text-white text-sm"><div class="container mx-auto flex
justify-end gap-6 py-2"><ul class="flex gap-6">${links(ccUtility)}</ul></div></div>
<div class="container mx-auto flex items-center justify-between py-4"><a href="/" aria-label="Lakemont Clinic home"><svg class="h-10 w-48" role="img"
aria-labelledby="logo-title"><title id="logo-title">Lakemont Clinic logo</title><use href="#logo"></use></svg></a>
<nav aria-label="Main" class="hidden lg:block"><ul class="flex gap-8 font-semibold">${links(ccNav)}</ul></nav>
<button type="button" class="flex items-center gap-2" data-identity="search-toggle"><span class="sr-only">Open search</span><svg class="h-5 w-5"></svg>
<span class="hidden md:inline">Search</span></button></div></header>
<main id="main-content" class="container mx-auto px-4"><nav aria-label="Breadcrumb" class="py-4 text-sm"><ol class="flex flex-wrap gap-2">${links(ccCrumbs)}
</ol></nav>
<div class="grid lg:grid-cols-[1fr_300px] gap-12"><article class="max-w-3xl" data-identity="health-library-article">
<div class="text-sm font-semibold uppercase tracking-wide text-blue-800 mb-2">Diseases &amp; Conditions</div>
<h1 class="font-bold text-4xl md:text-5xl mb-4" data-identity="headline">${ccTitle}</h1>
<div class="flex items-center gap-2 text-sm text-gray-600 mb-6" data-identity="review-status"><svg class="h-4 w-4" aria-hidden="true"></svg>
<span class="font-semibold">Medically Reviewed.</span> <span>Last updated on 06/12/2025.</span></div>
<div data-identity="summary" class="text-lg leading-8 mb-8 border-l-4 border-blue-700 pl-6">${ccPs(ccSummary)}</div>
<figure class="mb-8"><img src="https://my.lakemontclinic.org/-/scassets/images/org/health/articles/14210-plantar-fasciitis" alt="Illustration of the plantar
fascia on the underside of the foot" width="1280" height="720" loading="eager"><figcaption class="text-sm text-gray-600 mt-2">${ccCaption}</figcaption>
</figure>
<nav data-identity="toc" aria-label="Contents" class="mb-10 border rounded-lg p-6"><h2 class="font-bold mb-3">Contents</h2><ul class="grid gap-2">${ccToc
  .map((t) => `<li><a href="#${ccSlug(t)}" class="text-blue-800 hover:underline">${t}</a></li>`)
  .join('\n')}</ul></nav>
<div data-identity="main-article-content">
${ccSection(
  'Overview',
  `${ccH3('What is plantar fasciitis?')}\n${ccPs(ccWhat)}\n${ccH3('Who does plantar fasciitis affect?')}\n${ccPs(ccWho)}\n${ccUl(ccWhoList)}`,
)}
${ccAd(1)}
${ccSection(
  'Symptoms and Causes',
  `${ccH3('What are the symptoms of plantar fasciitis?')}\n${ccPs(ccSymptoms)}\n${ccUl(ccSymptomsList)}
${ccH3('What causes plantar fasciitis?')}\n${ccPs(ccCauses)}`,
)}
${ccSection('Diagnosis and Tests', `${ccH3('How is plantar fasciitis diagnosed?')}\n${ccPs(ccDiagnosis)}`)}
${ccAd(2)}
${ccSection('Management and Treatment', `${ccH3('How is plantar fasciitis treated?')}\n${ccPs(ccTreat)}\n${ccUl(ccTreatList)}\n${ccPs(ccTreat2)}`)}
<aside data-identity="care-at" class="my-10 rounded-lg bg-blue-50 p-6"><h2 class="font-bold text-xl mb-2">${ccCare[0]}</h2><ul class="flex flex-col gap-2">
${links(ccCare.slice(1))}</ul></aside>
${ccSection('Outlook / Prognosis', `${ccH3('How long does plantar fasciitis last?')}\n${ccPs(ccOutlook)}`)}
${ccSection('Living With', `${ccH3('When should I see my healthcare provider?')}\n${ccPs(ccSee)}\n${ccUl(ccSeeList)}`)}
<section data-identity="note-from" class="mt-10"><h2 class="font-bold text-2xl mb-4">A note from Lakemont Clinic</h2>${ccPs(ccNote)}</section>
</div>
<div data-identity="reviewed" class="mt-10 border-t pt-6 text-sm text-gray-600"><p>Medically Reviewed</p><p>${ccReviewed}</p>
<p><a href="/health/about">${ccEditorial}</a></p></div>
<details data-identity="references" class="mt-6 text-sm"><summary class="font-semibold cursor-pointer">References</summary><p>${ccRefsNote}</p>
<ul class="list-disc pl-6">${ccRefs.map((r) => `<li>${r}</li>`).join('\n')}</ul></details></article>
<aside class="hidden lg:block" data-identity="right-rail"><div class="sticky top-24">${ccAd(3)}</div></aside></div>
<section data-identity="newsletter" class="my-16 rounded-xl bg-blue-900 text-white p-10"><h2 class="text-2xl font-bold mb-2">${ccNews[0]}</h2>
<p class="mb-4">${ccNews[1]}</p><form class="flex gap-3"><label for="nl-email" class="sr-only">${ccNews[2]}</label><input id="nl-email" type="email"
placeholder="Enter your email" class="flex-1 rounded px-4 py-2 text-black"><button type="submit" class="rounded bg-white px-6 py-2 font-semibold text-blue-900">
${ccNews[3]}</button></form><p class="mt-3 text-xs">${ccNews[4]}</p></section></main>
<footer class="bg-gray-100 mt-16" data-identity="site-footer"><div class="container mx-auto grid md:grid-cols-3 gap-8 py-12">
<div><h2 class="font-bold mb-3">Actions</h2><ul>${links(ccFootActions)}</ul></div>
<div><h2 class="font-bold mb-3">Blog, News &amp; Apps</h2><ul>${links(ccFootBlog)}</ul></div>
<div><h2 class="font-bold mb-3">Site Information &amp; Policies</h2><ul>${links(ccFootSite)}</ul></div></div>
<div class="border-t py-6 text-center text-sm"><p>${ccCopy}</p></div></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":14210,"slug":"plantar-fasciitis","type":"diseases"}}},
"page":"/health/[type]/[slug]","buildId":"Xq7c1f3aLm"}</script></body></html>`;
export const clinicPage: TestPage = {
  html: ccHtml,
  name: 'heldout82-cleveland-style-health-condition',
  kind: 'wiki',
  // the summary lead, every section paragraph and list item and "A note from ..." are body; the question headings are
  // headings after their section's heading; the "Contents" list repeats the section headings and is left out; the review
  // status and "last reviewed" line are bylines; the references' entries are in neither list, their disclosure is furniture
  title: ccTitle,
  headings: [
    'Overview',
    'What is plantar fasciitis?',
    'Who does plantar fasciitis affect?',
    'Symptoms and Causes',
    'What are the symptoms of plantar fasciitis?',
    'What causes plantar fasciitis?',
    'Diagnosis and Tests',
    'How is plantar fasciitis diagnosed?',
    'Management and Treatment',
    'How is plantar fasciitis treated?',
    'Outlook / Prognosis',
    'How long does plantar fasciitis last?',
    'Living With',
    'When should I see my healthcare provider?',
    'A note from Lakemont Clinic',
  ],
  body: texts([
    ...ccSummary,
    ...ccWhat,
    ...ccWho,
    ...ccWhoList,
    ...ccSymptoms,
    ...ccSymptomsList,
    ...ccCauses,
    ...ccDiagnosis,
    ...ccTreat,
    ...ccTreatList,
    ...ccTreat2,
    ...ccOutlook,
    ...ccSee,
    ...ccSeeList,
    ...ccNote,
  ]),
  bylines: ['Medically Reviewed.', 'Last updated on 06/12/2025.', ccReviewed],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', ...ccUtility, 'Lakemont Clinic logo', ...ccNav, 'Open search', 'Search', ...ccCrumbs, ccCaption, 'Contents', 'Advertisement',
    ccAdNotice, 'Policy', ...ccCare, ccEditorial, 'References', ccRefsNote, ...ccNews, 'Actions', 'Blog, News & Apps', ...ccFootActions, ...ccFootBlog,
    'Site Information & Policies', ...ccFootSite, ccCopy,
  ])],
};
