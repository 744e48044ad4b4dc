import { PermissionsBitField } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { inviteUrl } from '../src/bot/discord/invite.js';
import { runCli } from './helpers/cli.js';

const APP = '123456789012345678';

describe('the invite URL', () => {
  it('asks for the bot and applications.commands scopes and the permissions the bot uses, as one integer', () => {
    const url = new URL(inviteUrl(APP));
    expect(`${url.origin}${url.pathname}`).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe(APP);
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    // View Channel 1024 + Send Messages 2048 + Embed Links 16384 + Attach Files 32768
    // + Read Message History 65536 + Send Messages in Threads 2^38.
    expect(url.searchParams.get('permissions')).toBe('274878024704');
    expect(new PermissionsBitField(BigInt(url.searchParams.get('permissions')!)).toArray().sort()).toEqual(
      ['AttachFiles', 'EmbedLinks', 'ReadMessageHistory', 'SendMessages', 'SendMessagesInThreads', 'ViewChannel'],
    );
  });

  it('paperbot invite-url prints it from DISCORD_APPLICATION_ID, and says what is missing or wrong', async () => {
    const ok = await runCli(['invite-url'], { DISCORD_APPLICATION_ID: APP });
    expect(ok).toMatchObject({ code: 0, stderr: '' });
    expect(ok.stdout).toBe(`https://discord.com/oauth2/authorize?client_id=${APP}&scope=bot+applications.commands&permissions=274878024704\n`);

    const missing = await runCli(['invite-url'], {});
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('error: DISCORD_APPLICATION_ID is not set: copy the Application ID from the Developer Portal (General Information)\n');

    const wrong = await runCli(['invite-url'], { DISCORD_APPLICATION_ID: 'my-bot' });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^error: DISCORD_APPLICATION_ID is not an application id/);
  });
});
