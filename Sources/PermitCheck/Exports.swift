/// The filing and registry model is a target of its own (it knows nothing of
/// rules); embedders import `PermitCheck` alone and see its public types.
@_exported import PermitCheckModel
