/**
 * Held-out batch 42, file a3: the post texts of the Super User question of file a2 (question, comments and answers, as
 * HTML), kept apart so that neither file passes 300 lines.
 */
export const suTitle = 'Laptop wakes from sleep at 3 a.m. every night although wake timers are disabled';
export const suQ1 = [
  'My Windows 11 laptop (a ThinkPad T14 Gen 3 on 24H2) wakes itself up almost every night between 3:00 and 3:10, runs for about ' +
    'twenty minutes with the fan going, and then goes back to sleep. It is plugged in and the lid is closed.',
  'I have already set <em>Allow wake timers</em> to <em>Disable</em> for both battery and plugged in, and I unticked <em>Allow this ' +
    'device to wake the computer</em> for the mouse and the keyboard in Device Manager.',
  '<code>powercfg /lastwake</code> after one of these wakes gives me this:',
];
export const suQ2 = [
  'and <code>powercfg /waketimers</code> says there are no active wake timers. What else can wake a machine at the same time every ' +
    'night, and how do I stop it without turning off updates altogether?',
];
export const suQc = [
  'Wake source &quot;Unknown&quot; on a laptop with Modern Standby usually means it never really went to sleep. What does ' +
    '<code>powercfg /a</code> list as available?',
  '@HaraldVenn It lists Standby (S0 Low Power Idle) Network Connected and says S3 is not supported by the firmware.',
] as const;
export const suA1a = [
  'Your laptop uses Modern Standby, not classic S3 sleep, and that changes what &quot;wake timers&quot; means. In S0 low power idle ' +
    'the system is never fully asleep: Windows can bring it into a maintenance phase on its own schedule, and the <em>Allow wake ' +
    'timers</em> setting does not cover that.',
  'The 3 a.m. run is almost certainly Automatic Maintenance, whose default start time is 3:00. You can check and move it here:',
];
export const suA1Steps = [
  'Open <em>Control Panel &gt; Security and Maintenance</em> and expand <em>Maintenance</em>.',
  'Under <em>Automatic Maintenance</em>, choose <em>Change maintenance settings</em>.',
  'Untick <em>Allow scheduled maintenance to wake up my computer at the scheduled time</em>, or move the time to an hour when you ' +
    'are usually at the desk.',
];
export const suA1b = [
  'Update Orchestrator has its own scheduled tasks that can wake the machine for a restart. Look in Task Scheduler under ' +
    '<em>Microsoft &gt; Windows &gt; UpdateOrchestrator</em>; the tasks with <em>Wake the computer to run this task</em> ticked on ' +
    'the Conditions tab are the ones to look at. Some of them are protected and come back after a cumulative update, so treat ' +
    'that change as temporary.',
  'Finally, because your standby is network connected, network activity can keep the machine busy too. If you want the laptop ' +
    'properly offline in standby, switch that off:',
];
export const suA1c = ['After that, <code>powercfg /a</code> should report <em>Standby (S0 Low Power Idle) Network Disconnected</em>.'];
export const suAc = [
  'The maintenance setting was it. The run moved to 18:00 as soon as I changed the time, so now it happens while I am still working.',
  'Worth adding that the network switch also stops mail and chat notifications from arriving while the lid is closed, which ' + 'some people rely on.',
] as const;
export const suA2 = [
  'If you want to see exactly what ran, open Event Viewer, go to <em>Windows Logs &gt; System</em> and filter for event 1 from ' +
    'Power-Troubleshooter around that time. Its Wake Source line is sometimes more specific than what <code>powercfg</code> shows.',
  'On my Dell it turned out to be the vendor&#39;s own update service, which registers a task at 03:00 with its own wake flag. ' +
    'Uninstalling the vendor updater and letting Windows Update handle drivers stopped it.',
];
export const suA3 = [
  'Check the firmware setup as well. Some ThinkPads have a <em>Wake on LAN from Dock</em> option that is separate from the ' +
    'Windows setting, and a dock whose link light blinks at night can be enough.',
];
