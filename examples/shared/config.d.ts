export declare const config: { meetingLink: string; tokenUrl: string; displayName: string; emulator: string | undefined };
export declare function loadEmulatorIfAsked(): Promise<void>;
