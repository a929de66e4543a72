import { type TestPage, texts } from './page-kit.js';
import { j, lis, rows } from './pages-heldout273-kit.js';

/**
 * Held-out batch 273, file c2: a page of the new (2024) GitBook app (site header with search and "Ask" button, space
 * switcher, table-of-contents sidebar with "Powered by GitBook", page header with section label and description, hint
 * blocks, a table block, the "On this page" outline, previous / next links, "Last updated" and "Was this helpful?").
 */
const gTitle = 'Calibrating the arm';
const gLead = 'Run the calibration routine after assembly, after a crash, and whenever a joint motor is replaced.';
const gH = ['When to calibrate', 'Running the routine', 'Reading the results'];
const gS1 = [
  j(
    'The Marlow M2 arm finds its joint angles from encoders that count steps from a known home position. If that home position drifts,',
    'every move is off by the same amount, and small errors near the base grow into large errors at the gripper.',
  ),
];
const gS1List = [
  'After the first assembly, before any program is run.',
  'After the arm has hit an obstacle hard enough to trip the stall alarm.',
  'After replacing a motor, an encoder or the controller board.',
  'Every three months on arms used for more than four hours a day.',
];
const gS2 = [
  j(
    'Clear the table around the arm to a radius of 70 centimetres and remove any tool from the wrist. Connect over USB, open Marlow',
    'Studio and choose Calibrate from the device menu. The arm moves each joint slowly to its end stop and back.',
  ),
  j(
    'Studio keeps the last five calibration logs on the controller. You can compare them later to see whether a joint is slowly drifting,',
    'which often points to a worn belt long before it fails.',
  ),
  'The whole routine takes about four minutes. Do not touch the arm while it runs; a hand on a link is enough to spoil the reading.',
];
const gHint = 'If a joint stops with a clicking sound, cut power at once. The end stop may be loose, and the motor can strip its gears.';
const gS3 = ['When the routine ends, Studio shows the measured offset of each joint against the factory values. Small offsets are normal and are saved.'];
const gTable = [
  ['Base', '0.4°', 'Within 1°'],
  ['Shoulder', '0.9°', 'Within 1°'],
  ['Elbow', '1.6°', 'Within 2°'],
  ['Wrist', '2.8°', 'Within 3°'],
];
const gS3b = [
  j(
    'An offset above its limit means something moved mechanically. Check the set screws on that joint, tighten them to the torque in the',
    'assembly guide and run the routine again. If the offset returns, contact support with the calibration log attached.',
  ),
];
const gSpaces = ['M2 Handbook', 'Studio app', 'Developer API'];
const gSide = ['Welcome', 'Unboxing', 'Assembly', 'Arm calibration', 'Mounting tools', 'Safety zones', 'Firmware updates', 'Troubleshooting'];
const gSideGroups = ['Hardware setup', 'Maintenance'];
const gHtml = `<!DOCTYPE html><html lang="en" class="sheet-open:gutter-stable circular-corners theme-clean tint sidebar-filled"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1"/><title>${gTitle} | Marlow M2</title>
<meta name="description" content="${gLead}"/><meta name="generator" content="GitBook (4a7c91e)"/><meta property="og:title" content="${gTitle} | Marlow M2"/>
<meta name="robots" content="index, follow"/><link rel="stylesheet" href="https://static.gitbook.com/_next/static/css/b2e8d1f4.css" data-precedence="next"/>
<script src="https://static.gitbook.com/_next/static/chunks/main-app-31e8a2c0.js" async=""></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Hardware setup"},{"@type":"ListItem","position":2,"name":"${gTitle}"}]}</script></head>
<body class="antialiased text-tint-strong bg-tint-base"><div class="scroll-nojump"><header id="site-header"
class="flex flex-col h-[64px] sticky top-0 pt-[env(safe-area-inset-top)]
z-30 w-full flex-none shadow-[0px_1px_0px] shadow-tint-12/2 bg-tint-base/9 theme-muted:bg-tint-subtle/9 backdrop-blur-lg"><div class="transition-all
duration-300 lg:chat-open:pr-80"><div class="gap-4 lg:gap-6 flex items-center justify-between w-full py-3 min-h-16 px-4 sm:px-6 md:px-8 max-w-screen-2xl
mx-auto"><div class="flex max-w-full lg:basis-72 min-w-0 shrink items-center justify-start gap-2 lg:gap-4"><a class="group/headerlogo min-w-0 shrink flex
items-center" href="/m2"><img alt="Logo" class="block dark:hidden object-contain" src="https://files.gitbook.example/logo.png"/><div class="text-pretty
line-clamp-2 tracking-tight max-w-[18ch] lg:max-w-[24ch] font-semibold ms-3">Marlow Robotics Help</div></a></div>
<div class="flex grow-0 shrink-0 @2xl:basis-56 justify-self-end items-center gap-2"><div class="relative flex w-full"><button type="button" aria-label="Search
(Ctrl+K)" class="flex items-center gap-2 w-full rounded-corners:rounded-lg border px-3 py-2"><span class="text-tint flex-1 text-left">Search...</span><kbd
class="text-xs">Ctrl K</kbd></button></div><button class="button flex items-center rounded-md px-3 py-1.5 text-sm"><span>Ask</span></button></div></div></div>
<div class="w-full flex overflow-x-auto scrollbar-none px-4 sm:px-6 md:px-8"><nav aria-label="Sections" class="flex gap-2 my-2">
${gSpaces.map((s, i) => `<a class="px-3 py-1 rounded-md text-sm ${i === 0 ? 'font-semibold text-primary' : ''}" href="/${s.length}">${s}</a>`).join('\n')}
</nav></div></header>
<div class="motion-safe:transition-all motion-safe:duration-300 lg:chat-open:mr-80 xl:chat-open:mr-96 flex flex-col lg:flex-row lg:justify-center px-4 sm:px-6
md:px-8 max-w-screen-2xl mx-auto site-width-wide:max-w-full"><aside data-testid="table-of-contents" id="table-of-contents" class="group text-sm grow-0
shrink-0
basis-full lg:basis-72 page-no-toc:lg:basis-56 relative z-[1] lg:sticky lg:h-[calc(100vh_-_64px)] lg:top-16 lg:flex hidden"><div class="flex flex-col
overflow-hidden gap-4"><div class="-ms-5 relative flex flex-col flex-1 overflow-hidden" data-testid="toc-scroll-container"><ul class="flex flex-col gap-y-0.5
page-no-toc:hidden">
<li class="flex flex-col"><a class="flex flex-row justify-between circular-corners:rounded-2xl rounded-md px-5 py-1.5 text-balance font-normal
toclink" href="/m2/welcome">${gSide[0]}</a></li>
${gSideGroups
  .map(
    (
      g,
      i,
    ) => `<li class="flex flex-col group/section-title"><div class="-mx-5 relative uppercase tracking-wide text-xs font-semibold px-5 pt-6 pb-1.5">${g}</div>
<ul class="flex flex-col gap-y-0.5">${gSide
      .slice(1 + i * 4, 5 + i * 4)
      .map((s) => `<li class="flex flex-col"><a class="flex flex-row justify-between rounded-md px-5 py-1.5 toclink" href="/m2/${s.length}">${s}</a></li>`)
      .join('\n')}</ul></li>`,
  )
  .join('\n')}
</ul></div><div class="relative z-10 mt-auto mx-0 pt-2"><a href="https://www.gitbook.com/?utm_source=content&amp;utm_medium=trademark" target="_blank"
class="text-sm font-semibold flex flex-row items-center px-5 py-4 rounded-lg gap-3 ring-1 ring-tint-subtle"><div class="flex flex-col"><div
class="text-xs">Powered
by GitBook</div></div></a></div></div></aside>
<div class="flex-1 max-w-full break-anywhere"><main class="relative min-w-0 flex-1 py-8 lg:px-12 max-w-3xl page-full-width:max-w-full mx-auto"><header
class="max-w-3xl page-width-wide:max-w-screen-2xl mx-auto mb-6 space-y-3 page-api-block:ml-0"><nav aria-label="Breadcrumb"><ol
class="flex flex-wrap items-center
gap-2 text-sm text-tint"><li class="flex items-center gap-2"><a href="/m2/hardware-setup" class="text-sm font-semibold uppercase tracking-wide
text-primary">Hardware
setup</a></li></ol></nav><h1 class="text-4xl font-bold flex items-center gap-4 w-full [&amp;>div]:mx-auto page-width-wide:mx-0">${gTitle}</h1><p
class="max-w-3xl
mx-auto text-lg text-tint">${gLead}</p></header>
<div class="grid [&amp;&gt;*+*]:mt-5 whitespace-pre-wrap page-full-width:max-w-screen-2xl page-api-block:ml-0">
${[gS1, gS2, gS3]
  .map((sec, i) => {
    const h = gH[i] ?? '';
    const id = h.toLowerCase().replace(/ /g, '-');
    const extra = [
      `<ul class="list-disc max-w-3xl w-full mx-auto space-y-2">${lis(gS1List, 'leading-normal')}</ul>`,
      `<div class="max-w-3xl w-full mx-auto px-4 py-4 transition-colors rounded-md straight-corners:rounded-none bg-danger text-danger hint-danger"><div
class="flex flex-row gap-4"><div class="mt-0.5"><svg class="gb-icon size-4"></svg></div><div class="flex-1 space-y-4"><p>${gHint}</p></div></div></div>`,
      `<div class="table_tableWrapper__3JYbH max-w-3xl w-full mx-auto"><table class="table_table__cEhkS"><thead><tr><th>Joint</th><th>Your
offset</th><th>Limit</th></tr>
</thead><tbody>${rows(gTable)}</tbody></table></div>
${gS3b.map((p) => `<p class="max-w-3xl w-full mx-auto decoration-primary/6">${p}</p>`).join('\n')}`,
    ][i];
    return `<h2 id="${id}" class="group/hash relative leading-tight flex items-baseline scroll-m-12 pt-[0.5em] text-2xl font-semibold max-w-3xl w-full
mx-auto"><div
class="hash grid grid-area-1-1 relative -ml-6 w-7"><a href="#${id}" aria-label="Direct link to heading" class="inline-flex"></a></div><div class="flex-1 z-[1]
justify-self-start max-w-full break-words text-start justify-start">${h}</div></h2>
${sec.map((p) => `<p class="max-w-3xl w-full mx-auto decoration-primary/6">${p}</p>`).join('\n')}
${extra}`;
  })
  .join('\n')}
</div>
<div class="flex flex-col max-w-3xl w-full mx-auto page-width-wide:max-w-screen-2xl mt-6 gap-x-6 gap-y-3 page-footer"><div class="flex flex-col md:flex-row
gap-2 mt-6"><a class="group text-sm p-2.5 flex gap-4 flex-1 flex-row-reverse items-center pl-4 border rounded" href="/m2/assembly"><span class="flex flex-col
flex-1 text-right"><span class="text-xs">Previous</span><span class="text-tint-strong group-hover:text-primary
line-clamp-2">Assembly</span></span></a><a class="group
text-sm p-2.5 flex gap-4 flex-1 items-center pr-4 border rounded" href="/m2/mounting-tools"><span class="flex flex-col
flex-1"><span class="text-xs">Next</span><span
class="text-tint-strong group-hover:text-primary line-clamp-2">Mounting tools</span></span></a></div><div class="flex flex-row items-center mt-6 text-sm
text-tint"><p>Last updated <time datetime="2025-11-04T10:22:00.000Z">4 months ago</time></p></div></div></main></div>
<aside class="group/aside order-last hidden max-w-0 pt-8 pb-4 opacity-0 xl:flex xl:max-w-56 xl:basis-56 xl:opacity-[unset] text-sm sticky top-16"><div
class="flex flex-col gap-4"><div class="flex flex-col gap-3"><div class="flex flex-row items-center gap-2 text-xs font-semibold uppercase">On this page</div>
<ul class="flex flex-col border-l border-tint-subtle">${gH
  .map(
    (h) => `<li><a class="flex px-3 py-1 text-sm"
href="#${h.length}">${h}</a></li>`,
  )
  .join('')}</ul></div>
<div class="flex flex-col gap-3 border-t pt-4"><div class="text-xs font-semibold">Was this helpful?</div><div class="flex flex-row items-center gap-2"><button
aria-label="Bad"></button><button aria-label="Ok"></button><button aria-label="Good"></button></div><a
href="https://help.marlow.example/m2/~gitbook/pdf?page=cal"
class="flex items-center gap-2 text-sm">Export as PDF</a></div></div></aside></div></div>
<script>self.__next_f.push([1,"14:[\\"$\\",\\"$L15\\",null,{\\"pageId\\":\\"cal7q2\\"}]"])</script></body></html>`;
export const gitbook: TestPage = {
  name: 'heldout273-gitbook-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([gLead, ...gS1, ...gS1List, ...gS2, gHint, ...gS3, ...gTable.flat(), ...gS3b]),
  bylines: ['Last updated 4 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Marlow Robotics Help', 'Search...', 'Ctrl K', 'Ask', ...gSpaces, ...gSide, ...gSideGroups, 'Powered by GitBook', 'Previous', 'Next', 'On this page',
    'Was this helpful?', 'Export as PDF',
  ],
};
