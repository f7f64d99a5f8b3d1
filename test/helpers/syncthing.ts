// Real Syncthing for the end-to-end sync test: instances on 127.0.0.1 only, with discovery,
// relays, NAT traversal, usage reports and upgrades off, each sharing one folder with the others.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const hasSyncthing = (): boolean =>
  spawnSync('syncthing', ['--version'], { encoding: 'utf8' }).status === 0;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export type Instance = {
  readonly id: string;
  readonly folder: string;
  readonly api: (method: string, path: string, body?: unknown) => Promise<unknown>;
  readonly stop: () => void;
};

const ENV = { ...process.env, STNODEFAULTFOLDER: '1', STNOUPGRADE: '1', STNORESTART: '1' };

async function start(home: string, folder: string): Promise<Instance & { listen: string }> {
  mkdirSync(home, { recursive: true });
  spawnSync(
    'syncthing',
    ['generate', `--home=${home}`, '--no-default-folder', '--skip-port-probing'],
    {
      env: ENV,
      encoding: 'utf8',
    },
  );
  const id = spawnSync('syncthing', ['serve', `--home=${home}`, '--device-id'], {
    env: ENV,
    encoding: 'utf8',
  }).stdout.trim();
  const [listenPort, guiPort] = [await freePort(), await freePort()];
  const listen = `tcp://127.0.0.1:${listenPort}`;
  // Nothing leaves this machine: no discovery, relays, NAT, usage reports or upgrades.
  const configPath = join(home, 'config.xml');
  const config = readFileSync(configPath, 'utf8')
    .replace(/<listenAddress>[^<]*<\/listenAddress>/g, '')
    .replace('<options>', `<options>\n        <listenAddress>${listen}</listenAddress>`)
    .replace(/<globalAnnounceEnabled>true/, '<globalAnnounceEnabled>false')
    .replace(/<localAnnounceEnabled>true/, '<localAnnounceEnabled>false')
    .replace(/<relaysEnabled>true/, '<relaysEnabled>false')
    .replace(/<natEnabled>true/, '<natEnabled>false')
    .replace(/<urAccepted>[^<]*</, '<urAccepted>-1<')
    .replace(/<autoUpgradeIntervalH>[^<]*</, '<autoUpgradeIntervalH>0<')
    .replace(/<startBrowser>true/, '<startBrowser>false')
    .replace(/<crashReportingEnabled>true/, '<crashReportingEnabled>false');
  writeFileSync(configPath, config);
  const key = `stepwise-test-${guiPort}`;
  const child: ChildProcess = spawn(
    'syncthing',
    [
      'serve',
      `--home=${home}`,
      '--no-browser',
      '--no-restart',
      `--gui-address=http://127.0.0.1:${guiPort}`,
      `--gui-apikey=${key}`,
      `--logfile=${join(home, 'syncthing.log')}`,
    ],
    { env: ENV, stdio: 'ignore' },
  );
  const api = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`http://127.0.0.1:${guiPort}${path}`, {
      method,
      headers: { 'X-API-Key': key, 'Content-Type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    const text = await response.text();
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  };
  // Up when the API answers.
  for (let tries = 0; ; tries += 1) {
    try {
      await api('GET', '/rest/system/ping');
      break;
    } catch (error) {
      if (tries > 150) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { id, folder, api, listen, stop: () => child.kill('SIGTERM') };
}

/** Instances that share `folders[i]` with each other as the folder "stepwise". */
export async function startSyncthing(
  root: string,
  folders: readonly string[],
): Promise<Instance[]> {
  const instances: (Instance & { listen: string })[] = [];
  try {
    for (const [index, folder] of folders.entries()) {
      instances.push(await start(join(root, `syncthing-${index}`), folder));
    }
    for (const instance of instances) {
      for (const other of instances) {
        if (other === instance) continue;
        await instance.api('POST', '/rest/config/devices', {
          deviceID: other.id,
          name: other.id.slice(0, 7),
          addresses: [other.listen],
          autoAcceptFolders: false,
        });
      }
      await instance.api('POST', '/rest/config/folders', {
        id: 'stepwise',
        label: 'stepwise',
        path: instance.folder,
        type: 'sendreceive',
        devices: instances.map((each) => ({ deviceID: each.id })),
        fsWatcherEnabled: true,
        fsWatcherDelayS: 1,
        rescanIntervalS: 2,
      });
    }
    return instances;
  } catch (error) {
    for (const instance of instances) instance.stop();
    throw error;
  }
}

/** Asks an instance to look at its folder now, instead of at the next watch event. */
export const scanNow = (instance: Instance) =>
  instance.api('POST', '/rest/db/scan?folder=stepwise');
