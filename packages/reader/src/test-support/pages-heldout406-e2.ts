import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout406-kit.js';

/**
 * Held-out batch 406, file e2: a Major League Hacking season events listing, where the listing is the body (MLH trust badge,
 * Bootstrap navbar, season header with intro, region filter, "Upcoming Events" and "Past Events" grids of event cards with
 * name, dates, city and format, a "Host an event" promo, the newsletter form and the footer).
 */
const title = 'Season 2027 Events';
const intro = [
  j(
    'Major League Hacking is the official student hackathon league. Each year we power hundreds of weekend-long invention',
    'competitions that inspire innovation, cultivate communities and teach computer science skills to students around the world.',
  ),
  j(
    'Below are the member events of the 2027 season. Every event on this list has agreed to the MLH Code of Conduct and has an',
    'MLH coach or a trained organiser on site. Dates and formats are set by the organisers and can change, so check the event',
    'website before you book travel.',
  ),
  j(
    'Most events are free for students and provide meals, and many offer travel reimbursement. Digital events are open to',
    'hackers from every country unless the organiser says otherwise.',
  ),
];
type Ev = [name: string, date: string, city: string, format: string];
const upcoming: Ev[] = [
  ['Saltmarsh Hacks', 'Apr 17th - 19th', 'Marrow Point, Scotland', 'In-Person Only'],
  ['HackTheFjord', 'Apr 24th - 26th', 'Bergvik, Norway', 'In-Person Only'],
  ['CedarHacks', 'May 1st - 3rd', 'Thornbury, Ontario', 'Hybrid: In-Person and Digital'],
  ['Lanternfish Global Jam', 'May 8th - 10th', 'Everywhere, Worldwide', 'Digital Only'],
  ['MesaCode', 'May 15th - 17th', 'Ridgeline, Arizona', 'In-Person Only'],
  ['Hack Quarry', 'May 22nd - 24th', 'Pellham, Pennsylvania', 'Hybrid: In-Person and Digital'],
];
const past: Ev[] = [
  ['Frostbyte', 'Feb 6th - 8th', 'Lakehaven, Minnesota', 'In-Person Only'],
  ['TideHacks', 'Mar 13th - 15th', 'Corran Bay, Wales', 'In-Person Only'],
];
const nav = ['Events', 'Hackathons', 'Fellowship', 'Learn', 'Partners', 'Organize', 'About'];
const regions = ['All regions', 'North America', 'Europe', 'Asia Pacific', 'Online'];
const foot = ['Conduct Policy', 'Privacy Policy', 'Terms of Service', 'Contact', 'Press', 'Jobs'];
const card = ([name, date, city, format]: Ev, i: number): string => `<div class="col-lg-3 col-md-4 col-sm-6 col-xs-12 event-wrapper">
<a class="event-link" href="https://${name.toLowerCase().replace(/ /g, '')}.example/" target="_blank" title="${name}" itemprop="url">
<div class="event" itemscope itemtype="http://schema.org/Event"><div class="image-wrap"><img src="/events/splashes/${i}.jpg" alt="" itemprop="image"></div>
<div class="event-logo"><img src="/events/logos/${i}.png" alt="${name} logo"></div>
<h3 class="event-name" itemprop="name">${name}</h3>
<p class="event-date">${date}</p>
<div class="event-location" itemprop="location" itemscope itemtype="http://schema.org/Place"><span itemprop="address">${city}</span></div>
<div class="event-hybrid-notes"><span>${format}</span></div>
<div class="ribbon-wrap"><div class="ribbon diversity">Member Event</div></div></div></a></div>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>MLH | Season 2027 Events</title>
<meta name="description" content="The official hackathon schedule for the Major League Hacking 2027 season.">
<meta property="og:site_name" content="Major League Hacking"><link rel="stylesheet" href="/assets/application-5d1e.css">
<script async src="https://www.googletagmanager.example/gtag/js?id=G-MLH"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script></head>
<body class="seasons events"><a id="mlh-trust-badge" href="https://mlh.io/na?utm_source=na-hackathon" target="_blank">
<img src="https://s3.amazonaws.example/logo-assets/mlh-trust-badge.svg" alt="Major League Hacking 2027 Hackathon Season"></a>
<nav class="navbar navbar-default navbar-fixed-top" role="navigation"><div class="container"><div class="navbar-header">
<button type="button" class="navbar-toggle" data-toggle="collapse"><span class="sr-only">Toggle navigation</span></button>
<a class="navbar-brand" href="/">MLH</a></div><div class="collapse navbar-collapse"><ul class="nav navbar-nav navbar-right">${links(nav)}
<li><a href="/login" class="btn btn-primary">Log In</a></li></ul></div></div></nav>
<div class="jumbotron"><div class="container"><h1>${title}</h1><div class="season-intro">
${ps(intro, ' class="lead"')}
</div></div></div>
<section class="main-content"><div class="container"><div class="region-filter"><span class="filter-label">Filter by region:</span>
<ul class="nav nav-pills">${links(regions)}</ul></div>
<h3 class="text-center">Upcoming Events</h3><div class="row">
${upcoming.map(card).join('\n')}
</div>
<div class="promo-block"><h4>Want to bring a hackathon to your campus?</h4><p>Join the MLH member program and get funding, swag and a coach.</p>
<a href="/organize" class="btn btn-success">Host an event</a></div>
<h3 class="text-center">Past Events</h3><div class="row">
${past.map((e, i) => card(e, i + 10)).join('\n')}
</div></div></section>
<section class="newsletter"><div class="container"><h4>Get hackathon news in your inbox</h4><form action="/newsletter"><input type="email"
placeholder="you@school.edu"><button class="btn">Sign up</button></form></div></section>
<footer class="footer"><div class="container"><ul class="list-inline">${links(foot)}</ul>
<p>© 2027 Major League Hacking. All rights reserved.</p></div></footer>
</body></html>`;
export const mlh: TestPage = {
  name: 'heldout406-mlh-events-listing-docs',
  kind: 'docs',
  html,
  title,
  headings: ['Upcoming Events', ...upcoming.map(([n]) => n), 'Past Events', ...past.map(([n]) => n)],
  body: texts([...intro, ...[...upcoming, ...past].flatMap(([, d, c, f]) => [d, c, f])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Toggle navigation', ...nav, 'Log In', 'Filter by region:', ...regions, 'Member Event', 'Want to bring a hackathon to your campus?',
    'Join the MLH member program and get funding, swag and a coach.', 'Host an event', 'Get hackathon news in your inbox', 'Sign up', ...foot,
    '© 2027 Major League Hacking. All rights reserved.',
  ],
};
