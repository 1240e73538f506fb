namespace Vocab.Core.Normalization;

/// <summary>
/// Abbreviated words of instrument metadata keys, expanded so that "Acc. Voltage" and "Accelerating voltage"
/// share the word "acceleration". Entries are folded words (the trailing dot is already a space); <see cref="WordTable"/>
/// looks them up.
/// </summary>
internal static class Abbreviations
{
    public static readonly IReadOnlyDictionary<string, string> Expansions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // "Acc. Voltage", "Accel. voltage", "Accelerating Voltage": the SEM/TEM high tension.
        ["acc"] = "acceleration",
        ["accel"] = "acceleration",
        ["accelerating"] = "acceleration",
        // "Acc Volt" as some SEM software writes it.
        ["volt"] = "voltage",
        // "Temp", "Stage temp." in cryo and heating holders.
        ["temp"] = "temperature",
        // "Mag", "Indicated mag": the microscope magnification.
        ["mag"] = "magnification",
        // "Det.", "Det": the detector a signal came from.
        ["det"] = "detector",
        // "Exp. time": the camera exposure time.
        ["exp"] = "exposure",
        // "Freq.": scan and lock-in frequencies.
        ["freq"] = "frequency",
        // "Conc.": concentrations in sample descriptions.
        ["conc"] = "concentration",
        // "Stage pos. X": stage positions.
        ["pos"] = "position",
        // "Probe diam.", "Aperture dia.".
        ["diam"] = "diameter",
        ["dia"] = "diameter",
        // "Emission curr.", "Probe curr".
        ["curr"] = "current",
        // "Avg. frames", "Num. frames".
        ["avg"] = "average",
        ["num"] = "number",
        // "Cam. length", "Cam len": the diffraction camera length.
        ["cam"] = "camera",
        ["len"] = "length",
        // "Obj. aperture", "Cond. aperture", "Apert.".
        ["obj"] = "objective",
        ["cond"] = "condenser",
        ["apert"] = "aperture",
        // "Vac. pressure", "Dist.", "Img. size", "Coeff.", "Max.".
        ["vac"] = "vacuum",
        ["dist"] = "distance",
        ["img"] = "image",
        ["coeff"] = "coefficient",
        ["coef"] = "coefficient",
        ["max"] = "maximum",
    };
}
