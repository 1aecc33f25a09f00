import "server-only";
import QRCode from "qrcode";

/** The enrollment QR code, as an SVG data address an <img> shows (the policy allows data: images, not inline SVG). */
export async function qrCodeImage(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
