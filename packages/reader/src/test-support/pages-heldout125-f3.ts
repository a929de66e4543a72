import { texts } from './page-kit.js';

/** Held-out batch 125, file f3: the article text and code of the Hugo PaperMod post in file f2. */
export const hgTitle = 'Keeping a home server up through power cuts';
export const hgDesc = 'A small UPS, Network UPS Tools and a few settings that took three attempts to get right.';
export const hgP1 = [
  `Our village loses power a few times every winter, usually for somewhere between ten minutes and two hours. For years that meant my home
server, a small fanless PC running Home Assistant, a file share and some backups, went down hard with everything else. Twice it came back
with a corrupted database.`,
  'Last autumn I finally fixed it properly. Here is the setup, and what I learned along the way.',
];
export const hgH1 = 'The UPS';
export const hgP2 = [
  `I bought a small line-interactive UPS rated at 650 VA. The server, the router and the fibre modem together draw about 38 watts, and the
UPS keeps them all going for a little over 40 minutes. That covers most of our cuts, and it gives the server plenty of time to shut down
cleanly during the longer ones.`,
  `The important part is the USB cable. Without it, the UPS is just a big battery that runs out. With it, the server can find out when the
mains has gone and how much charge is left.`,
];
export const hgH2 = 'Talking to the UPS with NUT';
export const hgP3 = [
  `Network UPS Tools, usually called NUT, is the standard way to read a UPS from Linux. The server runs it in standalone mode, with the UPS
on USB. The driver section of my configuration is short:`,
];
export const hgCode = `<span class="line"><span class="cl"><span class="k">[livingroom]</span>
</span></span><span class="line"><span class="cl">  <span class="na">driver</span> <span class="o">=</span> <span class="s">usbhid-ups</span>
</span></span><span class="line"><span class="cl">  <span class="na">port</span> <span class="o">=</span> <span class="s">auto</span>
</span></span><span class="line"><span class="cl">  <span class="na">desc</span> <span class="o">=</span> <span class="s">"650VA under the desk"</span>
</span></span>`;
export const hgP4 = [
  `Once the driver is running, <code>upsc livingroom</code> prints everything the UPS reports, including the battery charge, the estimated
runtime and whether it is on mains or battery.`,
];
export const hgH3 = 'Deciding when to shut down';
export const hgP5 = [
  `By default NUT shuts the machine down when the UPS reports a low battery. On my unit that happens at about 10 per cent, which I found too
late: twice the server was still writing when the power went. I changed two things:`,
];
export const hgL1 = [
  'The server now shuts down when the runtime estimate falls below ten minutes, not when the battery reports low.',
  `Home Assistant gets a five-minute warning through its NUT integration, so it can send me a notification and stop recording history
first.`,
];
export const hgH4 = 'Coming back up';
export const hgP6 = [
  `The other half of the problem is what happens when the power returns. I set the server’s BIOS to power on after AC loss, and told NUT to
turn the UPS output off once the server has shut down. That way, when the mains returns, the UPS switches its output back on and the
server boots by itself, even if the battery never fully emptied.`,
  `I tested this by switching off the breaker on a quiet Sunday afternoon. It took three attempts to get the timings right, but since then
the server has come through six real power cuts without me doing anything at all.`,
];
export const hgH5 = 'What it cost';
export const hgP7 = [
  `The UPS cost £89, and the replacement battery, which I expect to need in about three years, is around £25. Compared with the evening I
spent recovering a corrupted database last winter, it was a bargain.`,
];
export const hgBody = texts([...hgP1, ...hgP2, ...hgP3, ...hgP4, ...hgP5, ...hgL1, ...hgP6, ...hgP7]);
