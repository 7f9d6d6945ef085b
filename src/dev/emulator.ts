/**
 * DEVELOPMENT ONLY: makes the local meeting emulator (`demo/server/`) joinable through the `emulator`
 * attribute. The built package's entry points leave the emulator session out; importing this module
 * (`import 'teams-meeting-join/dev/emulator'`, or `<script type="module" src=".../cdn/dev/emulator.js">`)
 * registers it. Never load it on a production page: the emulator plays Teams, it is not Teams.
 */
import { registerSessionImporter } from '../session/loader.js';

registerSessionImporter('emulator', () => import('../session/emulator/index.js'));

export {};
