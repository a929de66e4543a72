import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, jobLd, lis } from './pages-heldout375-kit.js';

/**
 * Held-out batch 375, file d: a BambooHR careers page posting (the "Job Openings" back link, the fabric Card markup,
 * the side box with Department / Employment Type / Minimum Experience / Compensation / Location, share icons, the other
 * openings list, cookie notice and BambooHR footer) and a Teamtailor job ad built from the career site's page-builder
 * blocks (navigation, the job's department / location line, a figure with caption and credit, the colleagues block,
 * "Already working at ...?", perks, other jobs, cookie banner and "Career site by Teamtailor").
 */
const bTitle = 'Veterinary Receptionist';
const bIntro = [
  j(
    'Ardent Creek Veterinary Group is a family of three small-animal clinics in the foothills west of Boulder Falls. We see around',
    'sixty patients a day at our Millrace clinic, most of them dogs and cats, with the occasional rabbit, ferret or bearded dragon.',
  ),
  j(
    'Our front desk is the first voice a worried owner hears and the last face they see before they go home. We are looking for a',
    'part-time receptionist to join a front desk team of five at Millrace, working 24 hours a week across three fixed days.',
  ),
  j(
    'You will spend your first two weeks shadowing one of our senior receptionists, and you will never be alone on the desk: there are',
    'always at least two of us on shift, with a practice manager a few steps away when a conversation gets difficult.',
  ),
];
const bDuties = [
  'Greet clients and patients, check them in and keep the waiting room calm, including on days when an emergency arrives',
  'Answer phones and online messages, book appointments and triage calls with the help of our nursing team',
  'Take payments, explain estimates and set up payment plans when owners need them',
  'Send vaccination reminders and follow-up calls after surgery',
  'Keep the reception area, scales and cat-only waiting corner clean and stocked',
];
const bWho = [
  'Experience in a customer-facing role; veterinary or medical reception experience is welcome but not required',
  'Kindness and patience with people who are having a hard day, including at the end of a pet’s life',
  'Comfort with computers; we will train you on our practice management software',
  'Availability on Mondays, Wednesdays and Saturdays from 8 a.m. to 4:30 p.m.',
];
const bPerks = j(
  'We offer a staff discount of 40 per cent on care for up to three of your own pets, paid sick leave from your first day, paid',
  'holidays on a pro-rata basis, and a uniform allowance. After ninety days, part-time staff can join our retirement plan with a 3 per',
  'cent match.',
);
const bBox = [
  ['Department', 'Client Services'],
  ['Employment Type', 'Part-Time'],
  ['Minimum Experience', 'Entry-level'],
  ['Compensation', '$18.50 – $21.00 / hour'],
  ['Location', 'Millrace Clinic, Boulder Falls, Colorado'],
] as const;
const bOther = ['Registered Veterinary Technician', 'Kennel Assistant (Weekends)', 'Associate Veterinarian – Small Animal'];
const bHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${bTitle} | Ardent Creek Veterinary Group Careers</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${bTitle}">
<meta property="og:description" content="Ardent Creek Veterinary Group is a family of three small-animal clinics."><meta property="og:type" content="website">
<link rel="stylesheet" href="https://ardentcreek.bamboohr.com/careers/static/careers.b81f.css">
${jobLd({ title: bTitle, datePosted: '2026-03-03', employmentType: 'PART_TIME', hiringOrganization: { '@type': 'Organization', name: 'Ardent Creek' } })}
<script>window.CAREERS_CONFIG = {"companyDomain":"ardentcreek","jobId":"57","theme":"fabric"};</script></head>
<body><div id="js-careers-root"><div class="fab-CookieBanner" role="dialog"><p>This site uses cookies to make the careers page work and to
see which job boards send us applicants.</p><button class="fab-Button fab-Button--small">Accept</button>
<button class="fab-Button fab-Button--small fab-Button--outlined">Decline</button></div>
<header class="CareersHeader"><a class="CareersHeader__logo" href="/careers"><img alt="Ardent Creek Veterinary Group" src="/logo.png"></a></header>
<main class="fab-Page"><a class="fab-TextButton CareersBack" href="/careers"><span aria-hidden="true">←</span> Job Openings</a>
<div class="fab-Layout"><div class="fab-Card fab-Card--fullWidth"><div class="fab-Card__content"><h2 class="fab-Headline fab-Headline--large">${bTitle}</h2>
<div class="fab-TextSection jss-e73"><p class="fab-BodyText fab-BodyText--small">Client Services – Millrace Clinic, Boulder Falls, Colorado</p></div>
<div class="fab-TextSection BambooRichText">${ps(bIntro)}<p><strong>What you'll do</strong></p><ul>${lis(bDuties)}</ul>
<p><strong>Who you are</strong></p><ul>${lis(bWho)}</ul><p><strong>What we offer</strong></p><p>${bPerks}</p></div></div></div>
<aside class="fab-Card fab-Card--aside"><button class="fab-Button fab-Button--primary fab-Button--biggie">Apply for This Job</button>
<dl class="CareersJobInfo">${bBox
  .map(
    ([k, v]) => `<div class="CareersJobInfo__item"><dt class="fab-BodyText fab-BodyText--small">${k}</dt>
<dd class="fab-BodyText">${v}</dd></div>`,
  )
  .join('\n')}</dl><div class="CareersShare"><span class="CareersShare__label">Share this job</span>
<a aria-label="Share on LinkedIn" href="https://www.linkedin.example/shareArticle"><svg></svg></a><a aria-label="Share on Facebook"
href="https://www.facebook.example/sharer"><svg></svg></a><button class="CareersShare__copy">Copy link</button></div></aside>
<section class="fab-Card CareersMore"><h3 class="fab-Headline">More Openings</h3><ul class="CareersMore__list">${links(bOther, 'CareersMore__item')}
</ul></section></div></main><footer class="CareersFooter"><ul class="CareersFooter__links">${links(['Privacy Policy', 'Terms of Service'])}</ul>
<a class="CareersFooter__powered" href="https://www.bamboohr.com/">Powered by BambooHR</a></footer></div>
<script src="https://ardentcreek.bamboohr.com/careers/static/careers.b81f.js" defer></script></body></html>`;
const bamboo: TestPage = {
  name: 'heldout375-bamboohr-careers-posting',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: ["What you'll do", 'Who you are', 'What we offer'],
  body: texts([...bIntro, ...bDuties, ...bWho, bPerks]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site uses cookies to make the careers page work and to see which job boards send us applicants.', 'Accept', 'Decline', 'Job Openings',
    'Client Services – Millrace Clinic, Boulder Falls, Colorado', 'Apply for This Job', ...bBox.flat(), 'Share this job', 'Copy link', 'More Openings',
    ...bOther, 'Privacy Policy', 'Terms of Service', 'Powered by BambooHR',
  ],
};

const tTitle = 'Barista Trainer';
const tIntro = [
  j(
    'Nordvik Kaffe roasts about two hundred tonnes of coffee a year in a former tram depot in Oslo and runs nine coffee bars in Oslo and',
    'Bergen. Every barista who joins us spends their first two weeks at the Nordvik Academy, our training bar above the roastery.',
  ),
  j(
    'We are now looking for a Barista Trainer to run the Academy together with our Head of Coffee. You will teach new colleagues,',
    'visit our bars to coach teams on the floor, and help us write down what good coffee service means at Nordvik.',
  ),
  j(
    'The Academy also runs public brewing classes on Saturday mornings, and you will teach some of them. They are small, usually eight',
    'people, and the questions are often harder than the ones new baristas ask.',
  ),
];
const tDo = [
  'Plan and teach the two-week onboarding course for new baristas, about six groups a year',
  'Run monthly refresher sessions on espresso, filter and milk for each coffee bar',
  'Visit every bar at least once a month and give feedback to the bar managers',
  'Taste new coffees with the roasting team and prepare the brew recipes for our menus',
  'Keep the Academy’s equipment calibrated and its training material up to date',
];
const tYou = [
  'You have worked at least three years as a barista, and at least one year as a shift lead or trainer',
  'You explain things clearly and enjoy watching other people get better at their craft',
  'You speak Norwegian or another Scandinavian language and are comfortable teaching in English',
];
const tQuote = j(
  '“The best part of the job is the moment a new barista pulls a shot they are proud of and looks up to see if anyone noticed.',
  'Someone always did.”',
);
const tFact = j(
  'This is a full-time, permanent position with a salary of NOK 520,000 to 560,000 a year, five weeks of holiday, a pension plan and',
  'free coffee, which we mention because people always ask. The position is based in Oslo with around four days a month in Bergen.',
);
const tNav = ['Jobs', 'Locations', 'Departments', 'People', 'Life at Nordvik'];
const tPeople = [
  ['Ingrid Solbakk', 'Head of Coffee, Oslo'],
  ['Tobias Aarvik', 'Bar Manager, Grünerløkka'],
] as const;
const tOther = ['Roastery Assistant', 'Bar Manager – Bergen Bryggen', 'Barista, Majorstuen'];
const tHtml = `<!DOCTYPE html><html lang="en" class="h-full"><head><meta charset="utf-8"><title>${tTitle} - Nordvik Kaffe</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="description" content="Nordvik Kaffe is looking for a Barista Trainer in Oslo.">
<meta property="og:title" content="${tTitle} - Nordvik Kaffe"><meta property="og:image" content="https://assets.teamtailor-cdn.example/nordvik/academy.jpg">
<link rel="stylesheet" href="https://assets.teamtailor-cdn.example/assets/packs/css/careersite-3c1f.css">
${jobLd({ title: tTitle, datePosted: '2026-02-18', employmentType: 'FULL_TIME', hiringOrganization: { '@type': 'Organization', name: 'Nordvik Kaffe' } })}
<script>window.Teamtailor = {"company":"nordvik-kaffe","locale":"en","job":{"id":5120398,"pinned":false}};</script></head>
<body class="font-company-body text-company-primary bg-company-primary"><div id="cookie-consent" class="fixed bottom-0 z-career-cookie-consent">
<p class="text-sm">This website uses cookies to ensure you get the best experience.</p><button class="careersite-button">Accept all</button>
<button class="careersite-button careersite-button--outlined">Reject non-essential</button><button class="underline">Settings</button></div>
<header class="careersite-header"><a href="/" class="careersite-header__logo"><img alt="Nordvik Kaffe career site" src="/logo.svg"></a>
<nav class="careersite-header__nav"><ul class="flex gap-4">${links(tNav, 'careersite-header__link')}</ul></nav>
<a class="careersite-button" href="/connect">Connect</a></header><main id="main-content">
<section class="block block--job-header"><div class="block-px mx-auto max-w-screen-xl"><h1 class="font-company-header text-4xl">${tTitle}</h1>
<div class="mt-4 text-xl"><span>Coffee Academy</span> · <span>Oslo</span> · <span>Fully on-site</span></div>
<a class="careersite-button careersite-button--lg" href="/jobs/5120398-barista-trainer/applications/new">Apply for this job</a></div></section>
<section class="block block--job-body"><div class="prose font-company-body block-px mx-auto">${ps(tIntro)}<h3>What you will do</h3><ul>${lis(tDo)}</ul>
<h3>Who you are</h3><ul>${lis(tYou)}</ul><blockquote><p>${tQuote}</p></blockquote><p>${tFact}</p></div>
<figure class="block-px mx-auto"><img src="https://images.teamtailor-cdn.example/nordvik/academy-bar.jpg" alt="">
<figcaption class="text-sm">The Academy bar above the roastery in Grünerløkka. Photo: Halvor Breiland</figcaption></figure>
<div class="careersite-share"><span>Share this job</span><ul>${links(['LinkedIn', 'Facebook', 'X (Twitter)'])}</ul></div></section>
<section class="block block--people"><h2 class="block-title">Colleagues</h2><ul class="grid">${tPeople
  .map(
    ([n, r]) => `<li class="person">
<img alt="" src="/people/${n.split(' ')[0]}.jpg"><p class="person__name">${n}</p><p class="person__role">${r}</p></li>`,
  )
  .join('\n')}</ul></section>
<section class="block block--perks"><h2 class="block-title">Perks</h2><ul>${links(['Free coffee, obviously', 'Latte art league', 'Bike to work'])}</ul>
</section><section class="block block--referral"><h2 class="block-title">Already working at Nordvik Kaffe?</h2>
<p>Let’s recruit together and find your next colleague.</p><a href="/referrals">Refer a friend</a></section>
<section class="block block--jobs"><h2 class="block-title">Other jobs</h2><ul>${links(tOther)}</ul></section>
<section class="block block--about"><h2 class="block-title">About Nordvik Kaffe</h2><p>Speciality coffee roasters since 2011, with bars in Oslo and Bergen.</p>
</section></main><footer class="careersite-footer"><ul>${links(['Candidate Connect login', 'Privacy policy', 'Cookie settings'])}</ul>
<a href="https://www.teamtailor.com/">Career site by Teamtailor</a></footer><script src="https://assets.teamtailor-cdn.example/packs/js/careersite.js"></script>
</body></html>`;
const teamtailor: TestPage = {
  name: 'heldout375-teamtailor-job-ad',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: ['What you will do', 'Who you are'],
  body: texts([...tIntro, ...tDo, ...tYou, tQuote, tFact]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website uses cookies to ensure you get the best experience.', 'Accept all', 'Reject non-essential', 'Settings', ...tNav, 'Connect',
    'Coffee Academy', 'Fully on-site', 'Apply for this job', 'The Academy bar above the roastery in Grünerløkka. Photo: Halvor Breiland',
    'Share this job', 'LinkedIn', 'Facebook', 'X (Twitter)', 'Colleagues', ...tPeople.flat(), 'Perks', 'Free coffee, obviously', 'Latte art league',
    'Bike to work', 'Already working at Nordvik Kaffe?', 'Let’s recruit together and find your next colleague.', 'Refer a friend', 'Other jobs',
    ...tOther, 'About Nordvik Kaffe', 'Speciality coffee roasters since 2011, with bars in Oslo and Bergen.', 'Candidate Connect login',
    'Privacy policy', 'Cookie settings', 'Career site by Teamtailor',
  ],
};

export const HELDOUT375_D: readonly TestPage[] = [bamboo, teamtailor];
