import { links, type TestPage, texts } from './page-kit.js';
import { advice } from './pages-heldout210-d2.js';

/**
 * Held-out batch 210, file d: a Haynes-style online repair guide page (the subscriber header with "My vehicles", the
 * vehicle selector bar, breadcrumbs, the chapter sidebar, the "Difficulty" / "Time" / "Tools" summary box, a warning
 * callout, numbered steps whose headings sit inside the list items, step figures with captions, the torque table, "Was this
 * helpful?", "Next" / "Previous" procedure links, the trial upsell and footer) and, from file d2, a motoring
 * organisation's advice page.
 */
const hyTitle = 'Front brake pads – renewal';
const hyIntro = [
  'Brake pads should be checked at every service and renewed when the friction material has worn to 2 mm or less. Always renew ' +
    'the pads on both front wheels at the same time, never on one side only, or the car may pull to one side under braking.',
  'This procedure covers the single-piston sliding calipers fitted to all models in this manual. Allow about an hour for both sides ' +
    'if everything comes apart cleanly.',
];
const hyWarn =
  'Dust from brake pads may contain harmful fibres. Do not blow it away with compressed air and do not inhale it. Use a brake cleaner ' +
  'spray and wear a dust mask.';
const hySteps: [string, string[]][] = [
  [
    'Step 1: Preparation',
    [
      'Slacken the front wheel nuts, then jack up the front of the car and support it securely on axle stands. Remove the front wheels.',
      'Check the fluid level in the brake fluid reservoir. If it is at the MAX mark, draw off a little fluid with a clean syringe, as ' +
        'the level will rise when the pistons are pushed back.',
    ],
  ],
  [
    'Step 2: Remove the caliper',
    [
      'Hold the guide pin with an open-ended spanner and unscrew the lower caliper guide pin bolt. Pivot the caliper body upwards ' +
        'and tie it to the suspension spring with a cable tie. Do not let it hang on the brake hose.',
    ],
  ],
  [
    'Step 3: Remove the pads',
    [
      'Withdraw the inner and outer pads from the caliper carrier, noting the position of the anti-rattle clips. Measure the thickness ' +
        'of the friction material on each pad. If any is 2 mm or less, renew all four pads.',
    ],
  ],
  [
    'Step 4: Clean and inspect',
    [
      'Clean the caliper carrier and the pad contact points with a wire brush and brake cleaner. Check the guide pin gaiters for ' +
        'splits and the disc for deep scoring. Measure the disc thickness; if it is below the minimum stamped on the disc, renew it.',
    ],
  ],
  [
    'Step 5: Refit',
    [
      'Push the piston back into the caliper using a piston retraction tool or a G-clamp and an old pad. Fit the new anti-rattle clips ' +
        'and pads, lower the caliper, and tighten the guide pin bolt to the specified torque.',
      'Repeat on the other side, refit the wheels and lower the car. Pump the brake pedal several times until it feels firm before ' +
        'driving, and check the fluid level.',
    ],
  ],
];
const hyOutro = [
  'New pads need bedding in. Avoid hard braking for the first 100 miles where possible, and expect the brakes to feel slightly less ' +
    'sharp until they have bedded.',
];
const hyTorque = [
  ['Caliper guide pin bolts', '28 Nm'],
  ['Caliper carrier bolts', '115 Nm'],
  ['Roadwheel nuts', '110 Nm'],
];
const hyBox = ['Difficulty', 'Some experience', 'Time', '1 hour', 'Tools', 'Axle stands, torque wrench, piston retraction tool'];
const hyCaptions = ['Unscrew the lower guide pin bolt while holding the pin', 'Measure the friction material thickness'];
const hyHead = ['My vehicles', 'Help', 'Account'];
const hyVeh = ['Your vehicle:', 'Marlowe Astor 1.4 petrol (2017-2022)', 'Change vehicle'];
const hyCrumb = ['Home', 'Marlowe Astor', 'Brakes', 'Front brake pads'];
const hyChapters = ['Routine maintenance', 'Engine', 'Cooling system', 'Fuel and exhaust', 'Transmission', 'Brakes', 'Suspension and steering', 'Electrical'];
const hyBrakes = ['Front brake discs – inspection and renewal', 'Rear brake shoes – renewal', 'Brake fluid – renewal', 'Handbrake – adjustment'];
const hyHelp = ['Was this helpful?', 'Yes', 'No', 'Thanks for your feedback'];
const hyNext = ['Previous: Brake hydraulic system – bleeding', 'Next: Front brake discs – inspection and renewal'];
const hyUp = ['Get full access to every procedure for your car', 'Start a 7-day free trial', 'Try free'];
const hyFoot = ['About us', 'Contact', 'Terms and conditions', 'Privacy policy', 'Cookie policy'];
const hyCopy = '© 2026 Haynes Group Limited';
const hyStep = ([h, ps]: [string, string[]], i: number): string => `<li class="procedure-step" id="step-${i + 1}"><h3 class="procedure-step__title">${h}</h3>
${ps.map((p) => `<p>${p}</p>`).join('\n')}${
  i < 2
    ? `<figure class="procedure-step__figure"><img src="/img/brakes/${i}.png" alt="">
<figcaption>${hyCaptions[i]}</figcaption></figure>`
    : ''
}</li>`;
const hyHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Front brake pads – renewal | Marlowe Astor | Haynes Manuals</title>
<meta name="description" content="Step-by-step front brake pad renewal for the Marlowe Astor."><meta name="robots" content="noindex">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"HowTo","name":"${hyTitle}","totalTime":"PT1H",
"tool":[{"@type":"HowToTool","name":"Torque wrench"}],"step":[{"@type":"HowToStep","name":"Preparation"}]}</script>
<script src="/static/js/app.0f3a.js" defer></script></head><body class="procedure">
<header class="site-header"><a class="site-header__logo" href="/">Haynes</a><nav class="site-header__account"><ul>${links(hyHead)}</ul></nav></header>
<div class="vehicle-bar"><span>${hyVeh[0]}</span> <strong>${hyVeh[1]}</strong> <a href="/select">${hyVeh[2]}</a></div>
<div class="layout"><aside class="chapter-nav" aria-label="Chapters"><h2 class="chapter-nav__title">Chapters</h2>
<ul>${links(hyChapters, 'chapter-nav__item')}</ul>
<h3>In this chapter</h3><ul>${links(hyBrakes)}</ul></aside>
<main class="procedure-main"><nav class="breadcrumb"><ol>${links(hyCrumb)}</ol></nav>
<article class="procedure-content"><h1>${hyTitle}</h1>
<dl class="procedure-summary">${[0, 2, 4].map((i) => `<dt>${hyBox[i]}</dt><dd>${hyBox[i + 1]}</dd>`).join('')}</dl>
${hyIntro.map((p) => `<p>${p}</p>`).join('\n')}
<div class="callout callout--warning" role="note"><span class="callout__label">Warning</span><p>${hyWarn}</p></div>
<ol class="procedure-steps">${hySteps.map(hyStep).join('\n')}</ol>
${hyOutro.map((p) => `<p>${p}</p>`).join('\n')}
<h2>Torque wrench settings</h2><table class="torque"><thead><tr><th>Component</th><th>Torque</th></tr></thead><tbody>
${hyTorque.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('\n')}</tbody></table>
</article>
<div class="feedback"><p>${hyHelp[0]}</p><button>${hyHelp[1]}</button><button>${hyHelp[2]}</button><p class="feedback__thanks" hidden>${hyHelp[3]}</p></div>
<nav class="procedure-pager"><a rel="prev" href="/p/bleeding">${hyNext[0]}</a><a rel="next" href="/p/discs">${hyNext[1]}</a></nav>
<section class="upsell"><h2>${hyUp[0]}</h2><p>${hyUp[1]}</p><a class="btn" href="/trial">${hyUp[2]}</a></section></main></div>
<footer class="site-footer"><ul>${links(hyFoot)}</ul><p>${hyCopy}</p></footer></body></html>`;
const haynes: TestPage = {
  html: hyHtml,
  name: 'heldout210-haynes-repair-guide',
  kind: 'docs',
  // step titles (h3 inside the list items) and the torque h2 are headings; the warning callout text is body, its label
  // furniture; the summary box is in neither list; torque table data cells are body
  title: hyTitle,
  headings: [...hySteps.map(([h]) => h), 'Torque wrench settings'],
  body: texts([...hyIntro, hyWarn, ...hySteps.flatMap(([, ps]) => ps), ...hyOutro, ...hyTorque.flat()]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Haynes', ...hyHead, ...hyVeh, 'Chapters', ...hyChapters, 'In this chapter', ...hyBrakes, ...hyCrumb.filter((t) => t !== 'Brakes'), 'Warning',
    ...hyCaptions, ...hyHelp, ...hyNext, ...hyUp, ...hyFoot, hyCopy,
  ],
};

export const HELDOUT210_D: readonly TestPage[] = [haynes, advice];
