package dev.agora.identity.internal.verification;

/** The port to an SMS gateway; numbers are E.164 ({@code +4915112345678}). */
public interface SmsSender {

    void send(String e164Number, String text);
}
