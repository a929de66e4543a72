/** Held-out batch 69, file a2: the post texts of the Discourse topic of file a (the page is built there). */
export const dcTitle = 'Zigbee sensors dropping off every night since 2025.10 – which coordinator are you on?';
export const dcP1 = [
  'Since updating the hub to 2025.10 on Saturday, about a third of my Zigbee door and temperature sensors go unavailable every night ' +
    'somewhere between 2 and 4 am. They come back on their own by breakfast, which makes it very hard to catch in the act.',
  'Nothing else changed on the network: same 31 devices, same channel 20, same USB extension cable I’ve had for two years. The logs ' +
    'just show the devices timing out one after another, with no error from the coordinator itself.',
  'Before I start pulling things apart I’m curious whether this follows a particular coordinator, so here’s a quick poll:',
];
export const dcPollTitle = 'Which coordinator is your Zigbee network on?';
export const dcPoll = [
  'USB stick on the hub (EFR32-based)',
  'USB stick on the hub (CC2652-based)',
  'Network coordinator over Ethernet',
  'The hub’s built-in radio',
  'Something else (tell us below)',
];
export const dcPct = ['39%', '27%', '17%', '12%', '5%'];
export const dcP2 = [
  'Same here on a CC2652 stick. Eleven sensors went unavailable last night, and every one of them is battery powered. The ' +
    'mains-powered plugs and bulbs never drop at all.',
  'I rolled back to 2025.9 yesterday evening and the problem went away, so I’m fairly sure it’s the update and not interference.',
];
export const dcP3 = [
  'Thanks both, and thanks for the detail. We can reproduce this on our test bench with battery-powered end devices that have a ' +
    'long check-in interval. I’ll post here as soon as we know more.',
];
export const dcP4a = [
  'This is the new network health check that arrived in 2025.10. It pings every end device once an hour and marks it unavailable ' +
    'after two missed replies. Sleepy sensors that only wake up every 75 minutes or so miss both pings and get flagged, even though ' +
    'nothing is wrong with them.',
  'Until there’s a fix you can work around it:',
];
export const dcP4Steps = [
  'Open Settings › Devices › Zigbee › Network options.',
  'Raise “Unavailable after” for battery devices from 2 hours to 6 hours.',
  'Restart the Zigbee integration. A full reboot isn’t needed.',
];
export const dcP4b = ['Or, if you keep your configuration in YAML:'];
export const dcP4c = [
  'The sensors were never really disconnected, which is why they looked fine again in the morning: the first time each one woke ' +
    'up and sent a reading, the hub flipped it back to available.',
];
export const dcP5 = [
  'That was it. I set battery devices to 6 hours last night and every sensor stayed online until morning for the first time in a ' +
    'week. Marking this as the solution, thanks Kofi!',
];
export const dcP6 = [
  'A fix is out in 2025.10.2 today: the health check now uses each device’s own reporting interval instead of a fixed two-hour ' +
    'window. After updating you can put the timeout back to its default if you like.',
];
export const dcP7 = ['Confirmed here. Updated this morning, reset the timeout to default, and all eleven sensors made it through the night.'];
export const dcClosed = 'This topic was automatically closed 2 days after the last reply. New replies are no longer allowed.';
export const dcExcerpt = 'This is the new network health check that arrived in 2025.10. It pings every end device once an hour and marks it…';
export const dcCode = 'zigbee:\n  availability:\n    battery_timeout: 21600  # seconds';
